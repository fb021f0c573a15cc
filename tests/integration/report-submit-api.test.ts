// POST /api/v1/reports/{slotId}/submit, called through its route handler with
// a real session lookup, permissions and RLS (only the cookie is faked): the
// same rules as the submit server action, answered with HTTP statuses.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/reports/[slotId]/submit/route";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";
import { openPeriodFor, reporterSlots } from "@/tests/support/reporting";

let slotIds: string[] = [];
let foreignSlotId: string;

beforeAll(async () => {
  const { periodId } = await openPeriodFor("jinfeng", /教育工作要点/);
  slotIds = (await reporterSlots("jinfeng")).filter((s) => s.periodId === periodId).map((s) => s.id);
  expect(slotIds.length).toBeGreaterThanOrEqual(3);
  const own = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
  foreignSlotId = (await ownerDb().reportSlot.findFirstOrThrow({ where: { tenantId: own.tenantId, NOT: { orgUnitId: own.orgUnitId! } } })).id;
});

const body = (extra: Record<string, unknown> = {}) => ({
  summary: "已完成年度工作部署，召开专题会议 2 次。",
  progress: 40,
  problems: "",
  nextSteps: "下季度开展督导",
  version: 0,
  submitKey: randomUUID(),
  ...extra,
});

async function submit(slotId: string, payload: unknown, contentType = "application/json") {
  const request = new Request(`http://localhost/api/v1/reports/${slotId}/submit`, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
  const response = await POST(request, { params: Promise.resolve({ slotId }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/v1/reports/{slotId}/submit", () => {
  it("answers 401 without a session and 403 for a role that cannot report", async () => {
    signOut();
    expect((await submit(slotIds[0]!, body())).status).toBe(401);
    await signInAs("jinfeng.leader");
    expect((await submit(slotIds[0]!, body())).status).toBe(403);
    await signInAs("yinchuan.viewer");
    expect((await submit(slotIds[0]!, body())).status).toBe(403);
  });

  it("submits once per key: the same key again is the same submission, one event", async () => {
    await signInAs("jinfeng.reporter");
    const payload = body();
    const first = await submit(slotIds[0]!, payload);
    expect(first).toMatchObject({ status: 200, body: { status: "submitted", duplicate: false } });
    const again = await submit(slotIds[0]!, payload);
    expect(again).toMatchObject({ status: 200, body: { reportId: first.body.reportId, duplicate: true } });
    const report = await ownerDb().report.findFirstOrThrow({ where: { slotId: slotIds[0]! }, include: { events: true } });
    expect(report.status).toBe("submitted");
    expect(report.events.filter((e) => e.action === "submit")).toHaveLength(1);
    expect((await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: slotIds[0]! } })).status).toBe("submitted");
    // A new key on a submitted report is refused by the domain.
    expect(await submit(slotIds[0]!, body())).toMatchObject({ status: 422, body: { error: "该报告已提交，等待审核，不能修改" } });
  });

  it("concurrent submissions of one slot with one key make exactly one submission", async () => {
    await signInAs("jinfeng.reporter");
    const payload = body();
    const answers = await Promise.all([submit(slotIds[1]!, payload), submit(slotIds[1]!, payload), submit(slotIds[1]!, payload)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    const events = await ownerDb().reportEvent.findMany({ where: { report: { slotId: slotIds[1]! }, action: "submit" } });
    expect(events).toHaveLength(1);
  });

  it("rejects another unit's slot, a malformed id, a bad body and a non-JSON request", async () => {
    await signInAs("jinfeng.reporter");
    expect(await submit(foreignSlotId, body())).toEqual({ status: 404, body: { error: "填报任务不存在或无权访问" } });
    expect(await submit("not-a-uuid", body())).toEqual({ status: 404, body: { error: "记录不存在或无权访问" } });
    const invalid = await submit(slotIds[2]!, body({ summary: "", progress: 120 }));
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fieldErrors as object).sort()).toEqual(["progress", "summary"]);
    expect((await submit(slotIds[2]!, "{not json")).status).toBe(400);
    expect((await submit(slotIds[2]!, body(), "text/plain")).status).toBe(415);
    expect(await ownerDb().report.count({ where: { slotId: { in: [foreignSlotId, slotIds[2]!] } } })).toBe(0);
  });

  it("refuses a stale version with the current content (409)", async () => {
    await signInAs("jinfeng.staff");
    const slotId = slotIds[2]!;
    expect((await submit(slotId, body({ version: 0 }))).status).toBe(200);
    // Returned for rework, then a submission carrying an old version.
    const submitted = await ownerDb().report.findFirstOrThrow({ where: { slotId } });
    const report = await ownerDb().report.update({ where: { id: submitted.id }, data: { status: "returned" } });
    const stale = await submit(slotId, body({ version: report.version - 1 }));
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ status: "returned" });
  });
});
