// The reviewer's day: the staff home's 待办 counts, the 审核 badge's count,
// the filtered queue and 批量通过 (each approval still its own event and notice).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { approveReportsAction, reviewReportAction, submitReportAction } from "@/lib/reports/actions";
import { readTenant } from "@/lib/db/tenant-scope";
import { listReviewQueue, parseReviewFilter } from "@/lib/reports/queries/review-queue";
import { staffQueueCounts } from "@/lib/supervision/queries/staff-queue-counts";
import { readNavFacts } from "@/lib/navigation/read-nav-facts";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, reporterSlots, tenantSessionOf } from "@/tests/support/reporting";

let slotIds: string[] = [];
let periodId: string;
let planId: string;

beforeAll(async () => {
  const opened = await openPeriodFor("jinfeng", /教育工作要点/);
  periodId = opened.periodId;
  planId = opened.plan.id;
  slotIds = (await reporterSlots("jinfeng")).filter((s) => s.periodId === periodId).map((s) => s.id);
  expect(slotIds.length).toBeGreaterThanOrEqual(5);
});

async function submit(slotId: string, version = 0) {
  await signInAs("jinfeng.reporter");
  const result = await submitReportAction({ slotId, summary: "已召开专题会议", progress: 50, version, submitKey: randomUUID() });
  expect(result).toMatchObject({ ok: true });
  return ownerDb().report.findFirstOrThrow({ where: { slotId }, include: { slot: { include: { task: true } } } });
}

const counts = async (username = "jinfeng.staff") => {
  const session = await tenantSessionOf(username);
  return readTenant(session, (tx) => staffQueueCounts(tx, session.tenant.tenantId));
};

describe("the staff's 待办 counts", () => {
  it("a bureau with nothing waiting shows five zeros", async () => {
    const db = ownerDb();
    const tenant = await db.tenant.create({ data: { code: `empty${Date.now()}`, name: "空局", kind: "bureau" } });
    const user = await db.user.create({ data: { username: `empty.staff.${tenant.code}`, displayName: "空局职员", passwordHash: "x" } });
    await db.membership.create({ data: { tenantId: tenant.id, userId: user.id, role: "bureau_staff" } });
    expect(await counts(user.username)).toEqual({ toReview: 0, toAcknowledge: 0, extensionRequests: 0, closingRequests: 0, slipsAwaitingReply: 0 });
  });

  it("each queue counts its own rows, in the caller's tenant only", async () => {
    const db = ownerDb();
    const tenantId = await tenantIdOf("jinfeng");
    const before = await counts();
    const helanBefore = await counts("helan.staff");

    await submit(slotIds[0]!);
    const links = await db.taskUnit.findMany({ where: { tenantId, assignedAt: null }, take: 3 });
    const now = new Date();
    // Two assigned and waiting, one assigned and acknowledged (not counted).
    for (const [i, l] of links.entries()) {
      await db.taskUnit.update({
        where: { tenantId_taskId_orgUnitId_role: { tenantId, taskId: l.taskId, orgUnitId: l.orgUnitId, role: l.role } },
        data: { assignedAt: now, acknowledgedAt: i === 2 ? now : null },
      });
    }
    const [a, b, c] = links;
    const request = (l: typeof a, kind: "extension" | "closing", state: "pending" | "approved" = "pending") =>
      db.supervisionRequest.create({ data: { tenantId, taskId: l!.taskId, orgUnitId: l!.orgUnitId, kind, state, reason: "理由" } });
    await request(a, "extension");
    await request(b, "extension");
    await request(c, "extension", "approved");
    await request(a, "closing");
    const slip = (l: typeof a, number: number, replied: boolean) =>
      db.supervisionSlip.create({
        data: {
          tenantId,
          taskId: l!.taskId,
          orgUnitId: l!.orgUnitId,
          year: 2099,
          number,
          level: "red",
          body: "请限期整改",
          replyBy: now,
          repliedAt: replied ? now : null,
        },
      });
    await slip(a, 1, false);
    await slip(b, 2, false);
    await slip(c, 3, false);
    await slip(a, 4, true);

    expect(await counts()).toEqual({
      toReview: before.toReview + 1,
      toAcknowledge: before.toAcknowledge + 2,
      extensionRequests: before.extensionRequests + 2,
      closingRequests: before.closingRequests + 1,
      slipsAwaitingReply: before.slipsAwaitingReply + 3,
    });
    expect(await counts("helan.staff")).toEqual(helanBefore);
    const staff = await tenantSessionOf("jinfeng.staff");
    // The 审核 badge in the menu counts the same reports.
    expect(await readTenant(staff, (tx) => readNavFacts(tx, staff))).toMatchObject({ toReview: before.toReview + 1, unitName: null });
  });
});

describe("批量通过", () => {
  it("approves the ticked reports in one step, each with its event and its reporters' notice; a report changed meanwhile is named and left", async () => {
    const db = ownerDb();
    const [one, two, three] = [await submit(slotIds[1]!), await submit(slotIds[2]!), await submit(slotIds[3]!)];
    // Someone else returns the third and its unit resubmits it: the page's version is stale now.
    await signInAs("jinfeng.admin");
    expect(await reviewReportAction(null, { reportId: three.id, decision: "return", comment: "请补充材料", version: three.version })).toMatchObject({
      ok: true,
    });
    const resubmitted = await submit(slotIds[3]!, three.version + 1);
    expect(resubmitted.status).toBe("submitted");
    const reporter = await db.user.findUniqueOrThrow({ where: { username: "jinfeng.reporter" } });
    const inboxBefore = await db.inboxMessage.count({ where: { userId: reporter.id, kind: "review" } });

    const staff = await signInAs("jinfeng.staff");
    const result = await approveReportsAction(null, { reports: [one, two, three].map((r) => `${r.id}:${r.version}`) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.approved).toBe(2);
    expect(result.data.approvedIds.sort()).toEqual([one.id, two.id].sort());
    expect(result.data.skipped).toHaveLength(1);
    expect(result.data.skipped[0]!.name).toContain(`任务 ${three.slot.task.number}. ${three.slot.task.title}`);
    expect(result.message).toContain("已通过 2 份报告");
    expect(result.message).toContain("以下 1 份未通过");
    expect(result.message).toContain(three.slot.task.title);

    for (const r of [one, two]) {
      const after = await db.report.findUniqueOrThrow({ where: { id: r.id }, include: { events: true, slot: true } });
      expect(after.status).toBe("approved");
      expect(after.slot.status).toBe("approved");
      expect(after.events.filter((e) => e.action === "approve").map((e) => e.actorUserId)).toEqual([staff.userId]);
    }
    const left = await db.report.findUniqueOrThrow({ where: { id: three.id }, include: { events: true } });
    expect(left.status).toBe("submitted");
    expect(left.events.some((e) => e.action === "approve")).toBe(false);
    // One 报告已通过 notice per approved report to the unit's reporter, as a single approval sends.
    const notices = await db.inboxMessage.findMany({ where: { userId: reporter.id, kind: "review" }, orderBy: { createdAt: "asc" } });
    expect(notices.length - inboxBefore).toBe(2);
    expect(
      notices
        .slice(-2)
        .map((n) => n.title)
        .sort(),
    ).toEqual([`报告已通过：任务 ${one.slot.task.number}`, `报告已通过：任务 ${two.slot.task.number}`].sort());
  });

  it("nothing ticked, too many, or a reporter pressing it: refused, nothing written", async () => {
    await signInAs("jinfeng.staff");
    expect(await approveReportsAction(null, { reports: [] })).toMatchObject({ ok: false, fieldErrors: { reports: ["请选择要通过的报告"] } });
    const tooMany = Array.from({ length: 201 }, () => `${randomUUID()}:1`);
    expect(await approveReportsAction(null, { reports: tooMany })).toMatchObject({ ok: false, fieldErrors: { reports: ["一次最多通过 200 份报告"] } });
    const pending = await db().report.findFirstOrThrow({ where: { slotId: slotIds[3]! } });
    await signInAs("jinfeng.reporter");
    expect(await approveReportsAction(null, { reports: [`${pending.id}:${pending.version}`] })).toMatchObject({ ok: false });
    expect((await db().report.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("submitted");
  });

  it("a FormData of ticked checkboxes is read as the list", async () => {
    const pending = await db().report.findFirstOrThrow({ where: { slotId: slotIds[3]! } });
    await signInAs("jinfeng.staff");
    const form = new FormData();
    form.append("reports", `${pending.id}:${pending.version}`);
    expect(await approveReportsAction(null, form)).toMatchObject({ ok: true, data: { approved: 1 } });
  });
});

const db = () => ownerDb();

describe("the review queue's filters", () => {
  it("filters by status, plan, period and unit, and ignores a malformed filter", async () => {
    const tenantId = await tenantIdOf("jinfeng");
    const staff = await tenantSessionOf("jinfeng.staff");
    const reporter = await db().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
    await submit(slotIds[4]!);
    const list = (params: Record<string, string>) => readTenant(staff, (tx) => listReviewQueue(tx, tenantId, parseReviewFilter(params)));

    const waiting = await list({ period: periodId, unit: reporter.orgUnitId! });
    expect(waiting.items.map((r) => r.slot.id)).toEqual([slotIds[0], slotIds[4]]);
    const approved = await list({ period: periodId, unit: reporter.orgUnitId!, status: "approved" });
    expect(approved.items.map((r) => r.slot.id).sort()).toEqual([slotIds[1], slotIds[2], slotIds[3]].sort());
    expect((await list({ plan: planId, status: "approved" })).total).toBeGreaterThanOrEqual(3);
    const otherPlan = await db().plan.findFirstOrThrow({ where: { tenantId, NOT: { id: planId } } });
    expect((await list({ plan: otherPlan.id, period: periodId })).total).toBe(0);
    // A malformed status is the default (waiting), a malformed id no filter.
    expect(parseReviewFilter({ status: "nonsense", plan: "x", page: "-3" })).toEqual({
      status: "submitted",
      plan: undefined,
      unit: undefined,
      period: undefined,
      others: false,
      page: 1,
    });
  });

  it("仅我可审核的 leaves out the viewer's own submissions, and only them", async () => {
    const tenantId = await tenantIdOf("jinfeng");
    const staff = await tenantSessionOf("jinfeng.staff");
    expect(slotIds.length).toBeGreaterThanOrEqual(6);
    // Bureau staff fill in a unit's report for it: then someone else must approve it.
    await signInAs("jinfeng.staff");
    expect(await submitReportAction({ slotId: slotIds[5]!, summary: "代填：已完成", progress: 80, version: 0, submitKey: randomUUID() })).toMatchObject({
      ok: true,
    });
    const list = async (params: Record<string, string>) =>
      (await readTenant(staff, (tx) => listReviewQueue(tx, tenantId, parseReviewFilter({ period: periodId, ...params }), staff.userId))).items.map(
        (r) => r.slot.id,
      );

    const waiting = await list({});
    expect(waiting).toContain(slotIds[5]);
    expect(waiting).toContain(slotIds[0]);
    const mine = await list({ others: "1" });
    expect(mine).toEqual(waiting.filter((id) => id !== slotIds[5]));
    // A malformed flag is no filter.
    expect(await list({ others: "yes" })).toEqual(waiting);
  });
});
