// The 督办 workflow through its actions, as staff and a unit reporter would
// use it: 交办, 签收, 延期申请 and 办结销号 each write their event and their
// notices, the due date moves only on approval (the original kept on the
// request), and every refusal leaves nothing behind.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as attachmentRoute } from "@/app/api/v1/attachments/[id]/route";
import { readTenant, withTenant } from "@/lib/db/tenant-scope";
import { getFileStorage } from "@/lib/files/storage";
import { assignTask } from "@/lib/supervision/assign-tasks";
import { requestClosing } from "@/lib/supervision/request-closing";
import { todayInChina } from "@/lib/reports/periods";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import {
  acknowledgeAssignmentAction,
  assignPlanTasksAction,
  assignTaskAction,
  decideRequestAction,
  requestClosingAction,
  requestExtensionAction,
} from "@/lib/supervision/actions";
import { listAwaitingAcknowledgement } from "@/lib/supervision/queries/list-acknowledgements";
import { listSupervisionRequests } from "@/lib/supervision/queries/list-requests";
import { getTaskSupervision } from "@/lib/supervision/queries/task-supervision";
import { ownerDb, signInAs, storedFile, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const db = () => ownerDb();
const DAY = 86_400_000;
const dayFromToday = (days: number) => new Date(todayInChina().getTime() + days * DAY);
const iso = (d: Date) => d.toISOString().slice(0, 10);

let tenantId: string;
let reporterUnit: string;
let otherUnit: string;
let reporterId: string;
let staffId: string;
let planId: string;
let tasks: { id: string; number: number }[];

beforeAll(async () => {
  tenantId = await tenantIdOf("helan");
  const reporter = await db().membership.findFirstOrThrow({ where: { tenantId, user: { username: "helan.reporter" } } });
  reporterUnit = reporter.orgUnitId!;
  reporterId = reporter.userId;
  staffId = (await db().user.findUniqueOrThrow({ where: { username: "helan.staff" } })).id;
  otherUnit = (await db().orgUnit.create({ data: { tenantId, name: "督办测试科", kind: "department" } })).id;
  const plan = await db().plan.findFirstOrThrow({ where: { tenantId }, orderBy: { createdAt: "asc" } });
  planId = plan.id;
  // Tasks with nothing of 督办 yet: fresh links, the reporter's unit leading.
  const candidates = await db().task.findMany({
    where: { tenantId, planId, status: { not: "completed" }, closedAt: null, supervisionEvents: { none: {} }, supervisionRequests: { none: {} } },
    orderBy: { position: "asc" },
    take: 7,
  });
  expect(candidates).toHaveLength(7);
  tasks = candidates.map((t) => ({ id: t.id, number: t.number }));
  for (const t of tasks) {
    await db().taskUnit.deleteMany({ where: { tenantId, taskId: t.id } });
    await db().taskUnit.createMany({
      data: [
        { tenantId, taskId: t.id, orgUnitId: reporterUnit, role: "lead" },
        { tenantId, taskId: t.id, orgUnitId: otherUnit, role: "cooperate" },
      ],
    });
    await db().task.update({ where: { id: t.id }, data: { dueDate: dayFromToday(30), ongoing: false } });
  }
});

const inbox = (userId: string, kind: "assignment" | "extension" | "closing") =>
  db().inboxMessage.findMany({ where: { tenantId, userId, kind }, orderBy: { createdAt: "asc" } });
const events = (taskId: string) => db().supervisionEvent.findMany({ where: { tenantId, taskId }, orderBy: { createdAt: "asc" } });
/** The requests' steps, without the 交办 that 全部交办 wrote. */
const requestEvents = async (taskId: string) => (await events(taskId)).filter((e) => e.kind !== "assigned");
const taskOf = (id: string) => db().task.findUniqueOrThrow({ where: { id } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `first` in its own tenant transaction and holds it open; `second` starts
 * meanwhile (it reads before the first commits and then waits on its row locks);
 * the first commits after a pause. A race made deterministic.
 */
async function race<A, B>(username: string, first: (tx: Parameters<Parameters<typeof withTenant>[1]>[0]) => Promise<A>, second: () => Promise<B>) {
  const session = await tenantSessionOf(username);
  let release!: () => void;
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  const a = withTenant(session, async (tx) => {
    const value = await first(tx);
    started();
    await gate;
    return value;
  });
  await ready;
  const b = second();
  await sleep(400);
  release();
  return [await a, await b] as const;
}

describe("交办 and 签收", () => {
  it("staff assign a task to its units once: links dated, one event per unit, the unit's reporters notified; again changes nothing", async () => {
    const task = tasks[0]!;
    const before = (await inbox(reporterId, "assignment")).length;
    await signInAs("helan.staff");
    expect(await assignTaskAction(null, { taskId: task.id })).toMatchObject({ ok: true, data: { assigned: 2, units: 2 }, message: "已交办 2 个单位，共 2 项" });
    const links = await db().taskUnit.findMany({ where: { tenantId, taskId: task.id } });
    expect(links.every((l) => l.assignedAt !== null)).toBe(true);
    expect((await events(task.id)).map((e) => [e.kind, e.orgUnitId, e.actorUserId])).toEqual(
      expect.arrayContaining([
        ["assigned", reporterUnit, staffId],
        ["assigned", otherUnit, staffId],
      ]),
    );
    const notices = (await inbox(reporterId, "assignment")).slice(before);
    expect(notices.map((n) => [n.title, n.link])).toEqual([[`交办：任务 ${task.number}`, `/tasks/${task.id}`]]);

    expect(await assignTaskAction(null, { taskId: task.id })).toMatchObject({ ok: true, data: { assigned: 0 }, message: "没有需要交办的单位（均已交办）" });
    expect(await events(task.id)).toHaveLength(2);
    expect((await inbox(reporterId, "assignment")).length).toBe(before + 1);
  });

  it("assigns chosen units only; a unit not on the task, a foreign task, a reporter or a leader is refused", async () => {
    const task = tasks[1]!;
    await signInAs("helan.staff");
    expect(await assignTaskAction(null, { taskId: task.id, orgUnitIds: [otherUnit] })).toMatchObject({ ok: true, data: { assigned: 1 } });
    const links = await db().taskUnit.findMany({ where: { tenantId, taskId: task.id } });
    expect(links.map((l) => [l.orgUnitId, l.assignedAt !== null]).sort()).toEqual(
      [
        [otherUnit, true],
        [reporterUnit, false],
      ].sort(),
    );
    const stranger = await db().orgUnit.findFirstOrThrow({ where: { tenantId, taskUnits: { none: { taskId: task.id } } } });
    expect(await assignTaskAction(null, { taskId: task.id, orgUnitIds: [stranger.id] })).toMatchObject({ ok: false, message: "该单位未承担此任务" });
    for (const username of ["helan.reporter", "helan.leader"]) {
      await signInAs(username);
      expect(await assignTaskAction(null, { taskId: task.id })).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    }
    await signInAs("xingqing.staff");
    expect(await assignTaskAction(null, { taskId: task.id })).toMatchObject({ ok: false, message: "任务不存在或无权访问" });
    expect(await db().supervisionEvent.count({ where: { tenantId, taskId: task.id } })).toBe(1);
  });

  it("the reporter acknowledges for their own unit only; the assigning staff member hears of it; the staff's list shows who waits, late after the bureau's 签收 days", async () => {
    const task = tasks[0]!;
    const staff = await tenantSessionOf("helan.staff");
    const waiting = await readTenant(staff, (tx) => listAwaitingAcknowledgement(tx, tenantId, { planId, page: 1 }));
    expect(
      waiting.items
        .filter((i) => i.taskId === task.id)
        .map((i) => i.orgUnitId)
        .sort(),
    ).toEqual([reporterUnit, otherUnit].sort());
    // Assigned five days ago: late with the default 3 days, not with a bureau's 10.
    await db().taskUnit.updateMany({ where: { tenantId, taskId: task.id }, data: { assignedAt: new Date(Date.now() - 5 * DAY) } });
    const late = await readTenant(staff, (tx) => listAwaitingAcknowledgement(tx, tenantId, { orgUnitId: otherUnit, page: 1 }));
    expect(late.items.find((i) => i.taskId === task.id)).toMatchObject({ daysWaiting: 5, late: true, unitName: "督办测试科" });
    await db().supervisionSettings.create({ data: { tenantId, ackDays: 10 } });
    const patient = await readTenant(staff, (tx) => listAwaitingAcknowledgement(tx, tenantId, { orgUnitId: otherUnit, page: 1 }));
    expect(patient.items.find((i) => i.taskId === task.id)).toMatchObject({ late: false });
    await db().supervisionSettings.delete({ where: { tenantId } });

    await signInAs("helan.reporter");
    expect(await acknowledgeAssignmentAction(null, { taskId: task.id, orgUnitId: otherUnit })).toMatchObject({ ok: false, message: "只能为本单位办理" });
    expect(await acknowledgeAssignmentAction(null, { taskId: tasks[1]!.id })).toMatchObject({ ok: false, message: "该任务尚未交办给本单位，无需签收" });
    const reporter = await tenantSessionOf("helan.reporter");
    const panel = await readTenant(reporter, async (tx) => getTaskSupervision(tx, reporter, await tx.task.findUniqueOrThrow({ where: { id: task.id } })));
    expect(panel.actions.acknowledge).toEqual([{ orgUnitId: reporterUnit, name: expect.any(String) }]);
    const staffBefore = (await inbox(staffId, "assignment")).length;
    expect(await acknowledgeAssignmentAction(null, { taskId: task.id })).toMatchObject({ ok: true, message: "已签收" });
    const link = await db().taskUnit.findFirstOrThrow({ where: { tenantId, taskId: task.id, orgUnitId: reporterUnit } });
    expect(link.acknowledgedAt).not.toBeNull();
    expect(link.acknowledgedById).toBe(reporterId);
    expect((await inbox(staffId, "assignment")).slice(staffBefore).map((n) => n.title)).toEqual([
      expect.stringMatching(new RegExp(`^已签收：任务 ${task.number}`)),
    ]);
    // Again: nothing new.
    expect(await acknowledgeAssignmentAction(null, { taskId: task.id })).toMatchObject({ ok: true });
    expect((await events(task.id)).filter((e) => e.kind === "acknowledged")).toHaveLength(1);

    // Staff sign on the other unit's behalf; the list is then empty for this task.
    await signInAs("helan.staff");
    expect(await acknowledgeAssignmentAction(null, { taskId: task.id })).toMatchObject({ ok: false, message: "请选择单位" });
    expect(await acknowledgeAssignmentAction(null, { taskId: task.id, orgUnitId: otherUnit })).toMatchObject({ ok: true });
    const after = await readTenant(staff, (tx) => listAwaitingAcknowledgement(tx, tenantId, { planId, page: 1 }));
    expect(after.items.some((i) => i.taskId === task.id)).toBe(false);
  });

  it("two 交办 of the same links at once: one assigns, the other finds nothing; one event and one notice per unit", async () => {
    const task = tasks[6]!;
    await db().taskUnit.updateMany({ where: { tenantId, taskId: task.id }, data: { assignedAt: null } });
    const before = await db().supervisionEvent.count({ where: { tenantId, taskId: task.id, kind: "assigned" } });
    const noticesBefore = (await inbox(reporterId, "assignment")).length;
    const staff = await tenantSessionOf("helan.staff");
    await signInAs("helan.staff");
    const [first, second] = await race(
      "helan.staff",
      (tx) => assignTask(tx, staff, { taskId: task.id }),
      () => assignTaskAction(null, { taskId: task.id }),
    );
    expect(first).toMatchObject({ assigned: 2 });
    expect(second).toMatchObject({ ok: true, data: { assigned: 0 } });
    expect(await db().supervisionEvent.count({ where: { tenantId, taskId: task.id, kind: "assigned" } })).toBe(before + 2);
    expect((await inbox(reporterId, "assignment")).length).toBe(noticesBefore + 1);
  });

  it("全部交办 assigns every unassigned link of the plan in one step, one event per task and unit", async () => {
    const pairs = await db().taskUnit.groupBy({ by: ["taskId", "orgUnitId"], where: { tenantId, assignedAt: null, task: { planId } } });
    expect(pairs.length).toBeGreaterThan(1);
    const eventsBefore = await db().supervisionEvent.count({ where: { tenantId, kind: "assigned" } });
    await signInAs("helan.admin");
    expect(await assignPlanTasksAction(null, { planId })).toMatchObject({ ok: true, data: { assigned: pairs.length } });
    expect(await db().taskUnit.count({ where: { tenantId, assignedAt: null, task: { planId } } })).toBe(0);
    expect(await db().supervisionEvent.count({ where: { tenantId, kind: "assigned" } })).toBe(eventsBefore + pairs.length);
    await signInAs("xingqing.admin");
    expect(await assignPlanTasksAction(null, { planId })).toMatchObject({ ok: false, message: "规划不存在或无权访问" });
  });
});

describe("延期申请", () => {
  it("a unit asks before the due date; the date moves only when staff approve, the original stays on the request, and each side is told", async () => {
    const task = tasks[2]!;
    const original = (await taskOf(task.id)).dueDate!;
    const staffBefore = (await inbox(staffId, "extension")).length;
    await signInAs("helan.reporter");
    const wanted = iso(dayFromToday(60));
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: iso(dayFromToday(10)), reason: "提前" })).toMatchObject({
      ok: false,
      fieldErrors: { requestedDueDate: [`新的完成时限须晚于原时限（${iso(original)}）`] },
    });
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: wanted, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["请填写延期理由"] },
    });
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: wanted, reason: "资金未到位" })).toMatchObject({ ok: true });
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: wanted, reason: "再次申请" })).toMatchObject({
      ok: false,
      message: "本单位已有一份待审批的延期申请，请等待教育局处理",
    });
    const request = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, kind: "extension" } });
    expect([request.state, request.orgUnitId, iso(request.originalDueDate!), iso(request.requestedDueDate!), request.reason]).toEqual([
      "pending",
      reporterUnit,
      iso(original),
      wanted,
      "资金未到位",
    ]);
    expect((await taskOf(task.id)).dueDate).toEqual(original);
    expect((await inbox(staffId, "extension")).slice(staffBefore).map((n) => n.link)).toEqual([`/tasks/${task.id}`]);

    const staff = await tenantSessionOf("helan.staff");
    const pending = await readTenant(staff, (tx) => listSupervisionRequests(tx, tenantId, { kind: "extension", state: "pending", planId, page: 1 }));
    expect(pending.items.map((i) => i.id)).toContain(request.id);
    const version = (await taskOf(task.id)).version;
    const reporterBefore = (await inbox(reporterId, "extension")).length;
    expect(await decideRequestAction(null, { requestId: request.id, decision: "approved", comment: "同意" })).toMatchObject({ ok: true, message: "已同意" });
    const after = await taskOf(task.id);
    expect([iso(after.dueDate!), after.version]).toEqual([wanted, version + 1]);
    const decided = await db().supervisionRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect([decided.state, iso(decided.originalDueDate!), decided.decidedById, decided.decisionComment]).toEqual(["approved", iso(original), staffId, "同意"]);
    const statusEvent = await db().taskStatusEvent.findFirstOrThrow({ where: { tenantId, taskId: task.id }, orderBy: { createdAt: "desc" } });
    expect([iso(statusEvent.dueDate!), statusEvent.note]).toEqual([wanted, `同意延期：完成时限 ${iso(original)} → ${wanted}`]);
    expect((await requestEvents(task.id)).map((e) => e.kind)).toEqual(["extension_requested", "extension_approved"]);
    expect((await inbox(reporterId, "extension")).slice(reporterBefore).map((n) => n.title)).toEqual([`延期申请已同意：任务 ${task.number}`]);
    expect(await decideRequestAction(null, { requestId: request.id, decision: "rejected", comment: "改主意" })).toMatchObject({
      ok: false,
      message: "该申请已处理，请刷新页面",
    });

    // The task page's 督办 panel: the original date kept in view, the extension in its history.
    const reporter = await tenantSessionOf("helan.reporter");
    const panel = await readTenant(reporter, async (tx) => getTaskSupervision(tx, reporter, await tx.task.findUniqueOrThrow({ where: { id: task.id } })));
    expect(panel.originalDueDate).toBe(iso(original));
    expect(panel.requests.map((r) => [r.kind, r.state, r.originalDueDate, r.requestedDueDate])).toEqual([["extension", "approved", iso(original), wanted]]);
    expect(panel.actions.extension.map((u) => u.orgUnitId)).toEqual([reporterUnit]);
    expect(panel.canManage).toBe(false);

    const history = (await readTenant(staff, (tx) => getTaskHistory(tx, staff, task.id))).items;
    expect(history.filter((h) => h.kind === "supervision").map((h) => h.kind === "supervision" && h.event.kind)).toEqual([
      "extension_approved",
      "extension_requested",
      "assigned",
      "assigned",
    ]);
  });

  it("a refusal needs a comment and leaves the date; on or after the due date, or for a unit not on the task, a request is refused", async () => {
    const task = tasks[3]!;
    const original = (await taskOf(task.id)).dueDate!;
    await signInAs("helan.staff");
    // Staff ask on behalf of the cooperating unit: any linked unit may ask for more time.
    expect(
      await requestExtensionAction(null, { taskId: task.id, orgUnitId: otherUnit, requestedDueDate: iso(dayFromToday(45)), reason: "配合单位人手不足" }),
    ).toMatchObject({ ok: true });
    const request = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, kind: "extension" } });
    expect(await decideRequestAction(null, { requestId: request.id, decision: "rejected", comment: "" })).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["请填写理由"] },
    });
    expect(await decideRequestAction(null, { requestId: request.id, decision: "rejected", comment: "请按期完成" })).toMatchObject({ ok: true });
    expect((await db().supervisionRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("rejected");
    expect((await taskOf(task.id)).dueDate).toEqual(original);
    expect((await requestEvents(task.id)).map((e) => [e.kind, e.note])).toEqual([
      ["extension_requested", "配合单位人手不足"],
      ["extension_refused", "请按期完成"],
    ]);

    const stranger = await db().orgUnit.findFirstOrThrow({ where: { tenantId, taskUnits: { none: { taskId: task.id } } } });
    expect(await requestExtensionAction(null, { taskId: task.id, orgUnitId: stranger.id, requestedDueDate: iso(dayFromToday(90)), reason: "x" })).toMatchObject(
      {
        ok: false,
        message: "该单位未承担此任务",
      },
    );
    await db().task.update({ where: { id: task.id }, data: { dueDate: todayInChina() } });
    await signInAs("helan.reporter");
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: iso(dayFromToday(90)), reason: "来不及" })).toMatchObject({
      ok: false,
      message: `已到完成时限（${iso(todayInChina())}），不能再申请延期，请直接与教育局联系`,
    });
    await signInAs("xingqing.reporter");
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: iso(dayFromToday(90)), reason: "x" })).toMatchObject({
      ok: false,
      message: "任务不存在或无权访问",
    });
    await signInAs("xingqing.staff");
    expect(await decideRequestAction(null, { requestId: request.id, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      message: "申请不存在或无权访问",
    });
    expect(await db().supervisionRequest.count({ where: { tenantId, taskId: task.id } })).toBe(1);
  });
  it("approval never overwrites a date changed since the request: another unit's extension or staff's edit first, the request waits; the comment stays off the shared status history", async () => {
    const task = tasks[6]!;
    const original = (await taskOf(task.id)).dueDate!;
    await signInAs("helan.reporter");
    expect(await requestExtensionAction(null, { taskId: task.id, requestedDueDate: iso(dayFromToday(60)), reason: "本单位需要更多时间" })).toMatchObject({
      ok: true,
    });
    await signInAs("helan.staff");
    expect(
      await requestExtensionAction(null, { taskId: task.id, orgUnitId: otherUnit, requestedDueDate: iso(dayFromToday(45)), reason: "配合单位顺延" }),
    ).toMatchObject({
      ok: true,
    });
    const ours = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, orgUnitId: reporterUnit } });
    const theirs = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, orgUnitId: otherUnit } });
    expect(await decideRequestAction(null, { requestId: theirs.id, decision: "approved", comment: "内部意见：另一单位进度落后" })).toMatchObject({ ok: true });
    const moved = await db().taskStatusEvent.findFirstOrThrow({ where: { tenantId, taskId: task.id }, orderBy: { createdAt: "desc" } });
    expect(moved.note).toBe(`同意延期：完成时限 ${iso(original)} → ${iso(dayFromToday(45))}`);
    // Asked from the original date, which is no longer the task's: decided again, not applied.
    expect(await decideRequestAction(null, { requestId: ours.id, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      message: "任务完成时限已变更，请重新审核该延期申请",
    });
    expect(iso((await taskOf(task.id)).dueDate!)).toBe(iso(dayFromToday(45)));
    expect((await db().supervisionRequest.findUniqueOrThrow({ where: { id: ours.id } })).state).toBe("pending");
    // Staff moved the date past the one asked for: nothing to extend.
    await db().task.update({ where: { id: task.id }, data: { dueDate: dayFromToday(90) } });
    expect(await decideRequestAction(null, { requestId: ours.id, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      message: `任务当前完成时限（${iso(dayFromToday(90))}）已不早于申请的时限，无需延期`,
    });
    expect(iso((await taskOf(task.id)).dueDate!)).toBe(iso(dayFromToday(90)));
    expect(await decideRequestAction(null, { requestId: ours.id, decision: "rejected", comment: "已另行调整时限" })).toMatchObject({ ok: true });
  });
});

describe("办结销号", () => {
  const pdf = (name: string) => new File([new TextEncoder().encode("%PDF-1.7\n完成报告")], name, { type: "application/pdf" });

  it("only the lead unit asks; staff return it with a comment, the unit asks again with evidence, staff approve: the task is completed and 销号 dated", async () => {
    const task = tasks[4]!;
    await signInAs("helan.staff");
    expect(await requestClosingAction(null, { taskId: task.id, orgUnitId: otherUnit, reason: "已完成" })).toMatchObject({
      ok: false,
      message: "只有牵头单位（无牵头单位时为责任单位）可以申请办结销号",
    });
    await signInAs("helan.reporter");
    const staffBefore = (await inbox(staffId, "closing")).length;
    const form = new FormData();
    form.set("taskId", task.id);
    form.set("reason", "各项工作已完成，详见附件");
    form.append("files", pdf("完成报告.pdf"));
    form.append("files", pdf("验收意见.pdf"));
    expect(await requestClosingAction(null, form)).toMatchObject({ ok: true, message: "已提交办结销号申请，等待教育局审批" });
    const first = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, kind: "closing" }, include: { attachments: true } });
    expect(first.attachments.map((a) => a.fileName).sort()).toEqual(["完成报告.pdf", "验收意见.pdf"]);
    expect((await inbox(staffId, "closing")).slice(staffBefore).map((n) => n.link)).toEqual([`/tasks/${task.id}`]);
    // The unit's own evidence downloads for its reporter.
    const evidence = first.attachments[0]!;
    const response = await attachmentRoute(new Request(`http://localhost/api/v1/attachments/${evidence.id}`), { params: Promise.resolve({ id: evidence.id }) });
    expect(response.status).toBe(200);

    await signInAs("helan.staff");
    expect(await decideRequestAction(null, { requestId: first.id, decision: "rejected", comment: "缺少验收材料" })).toMatchObject({ ok: true });
    expect((await taskOf(task.id)).closedAt).toBeNull();
    await signInAs("helan.reporter");
    expect(await requestClosingAction(null, { taskId: task.id, reason: "补充了验收材料" })).toMatchObject({ ok: true });
    const second = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, kind: "closing", state: "pending" } });
    await signInAs("helan.staff");
    // An extension still pending when the task is closed can no longer be granted.
    expect(
      await requestExtensionAction(null, { taskId: task.id, orgUnitId: otherUnit, requestedDueDate: iso(dayFromToday(90)), reason: "配合工作顺延" }),
    ).toMatchObject({ ok: true });
    const lateExtension = await db().supervisionRequest.findFirstOrThrow({ where: { tenantId, taskId: task.id, kind: "extension", state: "pending" } });
    expect(await decideRequestAction(null, { requestId: second.id, decision: "approved", comment: "" })).toMatchObject({ ok: true, message: "已销号" });
    const closed = await taskOf(task.id);
    expect([closed.status, closed.progress, closed.closedAt !== null]).toEqual(["completed", 100, true]);
    expect((await db().taskStatusEvent.findFirstOrThrow({ where: { tenantId, taskId: task.id }, orderBy: { createdAt: "desc" } })).toStatus).toBe("completed");
    expect((await requestEvents(task.id)).map((e) => [e.kind, e.orgUnitId, e.note])).toEqual([
      ["closing_requested", reporterUnit, "各项工作已完成，详见附件"],
      ["closing_returned", reporterUnit, "缺少验收材料"],
      ["closing_requested", reporterUnit, "补充了验收材料"],
      ["extension_requested", otherUnit, "配合工作顺延"],
      ["closing_approved", reporterUnit, null],
      // The other unit's waiting extension ended with the task, in the same step.
      ["extension_refused", otherUnit, "任务已办结销号，申请自动关闭"],
    ]);
    const autoClosed = await db().supervisionRequest.findUniqueOrThrow({ where: { id: lateExtension.id } });
    expect([autoClosed.state, autoClosed.decisionComment, autoClosed.decidedAt !== null]).toEqual(["rejected", "任务已办结销号，申请自动关闭", true]);
    expect(await db().supervisionRequest.count({ where: { tenantId, taskId: task.id, state: "pending" } })).toBe(0);
    expect(await decideRequestAction(null, { requestId: lateExtension.id, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      message: "该任务已办结销号",
    });
    await signInAs("helan.reporter");
    expect(await requestClosingAction(null, { taskId: task.id, reason: "再来" })).toMatchObject({ ok: false, message: "该任务已办结销号" });
  });

  it("another unit's closing evidence is not downloadable by a reporter; a refused file stores nothing", async () => {
    const task = tasks[5]!;
    await db().taskUnit.updateMany({ where: { tenantId, taskId: task.id, orgUnitId: otherUnit }, data: { role: "lead" } });
    await db().taskUnit.updateMany({ where: { tenantId, taskId: task.id, orgUnitId: reporterUnit }, data: { role: "cooperate" } });
    await signInAs("helan.staff");
    const bad = new FormData();
    bad.set("taskId", task.id);
    bad.set("orgUnitId", otherUnit);
    bad.set("reason", "已完成");
    bad.append("files", new File([new Uint8Array([0x4d, 0x5a, 0, 0])], "程序.exe"));
    expect(await requestClosingAction(null, bad)).toMatchObject({ ok: false });
    expect(await db().supervisionRequest.count({ where: { tenantId, taskId: task.id } })).toBe(0);
    const good = new FormData();
    good.set("taskId", task.id);
    good.set("orgUnitId", otherUnit);
    good.set("reason", "已完成");
    good.append("files", pdf("科室材料.pdf"));
    expect(await requestClosingAction(null, good)).toMatchObject({ ok: true });
    const attachment = await db().attachment.findFirstOrThrow({ where: { tenantId, request: { taskId: task.id } } });
    const get = () => attachmentRoute(new Request(`http://localhost/api/v1/attachments/${attachment.id}`), { params: Promise.resolve({ id: attachment.id }) });
    expect((await get()).status).toBe(200);
    await signInAs("helan.reporter");
    expect((await get()).status).toBe(404);
    expect(await requestClosingAction(null, { taskId: task.id, reason: "我们也完成了" })).toMatchObject({
      ok: false,
      message: "只有牵头单位（无牵头单位时为责任单位）可以申请办结销号",
    });
  });
  it("evidence stored for a request whose transaction fails at commit is removed; two requests at once, the second is told politely", async () => {
    const put = vi.spyOn(getFileStorage(), "put");
    // A check PostgreSQL makes only at COMMIT, after the files are stored.
    await db().$executeRawUnsafe(`CREATE FUNCTION test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused'; END $$`);
    await db().$executeRawUnsafe(
      `CREATE CONSTRAINT TRIGGER test_fail_commit AFTER INSERT ON attachments DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.file_name = '提交时失败.pdf') EXECUTE FUNCTION test_fail_commit()`,
    );
    try {
      await signInAs("helan.reporter");
      const form = new FormData();
      form.set("taskId", tasks[3]!.id);
      form.set("reason", "已完成");
      form.append("files", pdf("提交时失败.pdf"));
      expect(await requestClosingAction(null, form)).toMatchObject({ ok: false });
      // The file was written (in the transaction), and went with it.
      const keys = put.mock.calls.map(([, key]) => key);
      expect(keys).toHaveLength(1);
      expect(await storedFile(keys[0]!)).toBeNull();
      expect(await db().supervisionRequest.count({ where: { tenantId, taskId: tasks[3]!.id, kind: "closing" } })).toBe(0);
    } finally {
      put.mockRestore();
      await db().$executeRawUnsafe(`DROP TRIGGER test_fail_commit ON attachments`);
      await db().$executeRawUnsafe(`DROP FUNCTION test_fail_commit()`);
    }

    // Both pass the "already pending" check; the unique index refuses the second, in words.
    const task = tasks[2]!;
    const reporter = await tenantSessionOf("helan.reporter");
    await signInAs("helan.reporter");
    const [, second] = await race(
      "helan.reporter",
      (tx) => requestClosing(tx, reporter, { taskId: task.id, reason: "已完成" }),
      () => requestClosingAction(null, { taskId: task.id, reason: "同时提交" }),
    );
    expect(second).toMatchObject({ ok: false, message: "本单位已有一份待审批的销号申请，请等待教育局处理" });
    expect(await db().supervisionRequest.count({ where: { tenantId, taskId: task.id, kind: "closing", state: "pending" } })).toBe(1);
  });
});
