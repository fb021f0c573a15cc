// 最多报一次 (issue 16 point 1–2, decision 0035): an actual approved once on
// plan A's task counts on every confirmed indicator of the bureau with the
// same catalogue definition, in every plan (progress, trends, ledger,
// export, the indicator page's series); a suggested mapping and an unmapped
// indicator keep to themselves; a member school's value under a group stays
// the school's own; two different approved values for one definition and date
// reach the reviewer, the earlier counts, and resolving sets the other aside.
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { readTenant } from "@/lib/db/tenant-scope";
import { getIndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { getIndicatorTrends } from "@/lib/dashboard/indicator-trends";
import { writeBureauData } from "@/lib/export/write-bureau-data";
import { resolveConflictAction } from "@/lib/indicators/actions";
import { approvedBureauValues } from "@/lib/indicators/approved-bureau-values";
import { countConflicts } from "@/lib/indicators/count-conflicts";
import { getCountedSeries } from "@/lib/indicators/counted-series";
import { listConflicts } from "@/lib/indicators/list-conflicts";
import { listGroupValues } from "@/lib/indicators/list-group-values";
import { listSharedIndicators } from "@/lib/indicators/list-shared-indicators";
import { latestApprovedActuals } from "@/lib/ledger/latest-facts";
import { reviewReportAction, submitReportAction } from "@/lib/reports/actions";
import { getReviewConflicts } from "@/lib/reports/queries/review-conflicts";
import { ownerDb, signInAs } from "@/tests/support/db";
import { openPeriodFor, reporterSlots, tenantSessionOf } from "@/tests/support/reporting";

let tenantId: string;
let partyPlanId: string;
let asOf: Date;
let slots: { id: string; taskId: string }[];
/** Plan A (工作要点): `a1` on the first slot's task, `a2` on the second's; `own` unmapped on the first. Plan B (党建): `b` plan-level, `suggested`. */
const ind = { a1: "", a2: "", b: "", suggested: "", own: "" };

const asStaff = () => tenantSessionOf("jinfeng.staff");
const read = async <T>(fn: (tx: Parameters<Parameters<typeof readTenant>[1]>[0]) => Promise<T>) => readTenant(await asStaff(), fn);
const progressOf = async (id: string) => (await read((tx) => getIndicatorProgress(tx, { tenantId, mineUserId: null }))).find((i) => i.id === id);

async function submitAndApprove(slotId: string, actuals: { indicatorId: string; value: number }[], approve = true) {
  await signInAs("jinfeng.reporter");
  const submitted = await submitReportAction({
    slotId,
    summary: "本期工作已完成。",
    progress: 50,
    problems: "",
    nextSteps: "",
    version: 0,
    actuals,
    submitKey: randomUUID(),
  });
  expect(submitted.ok).toBe(true);
  const report = await ownerDb().report.findFirstOrThrow({ where: { tenantId, slotId } });
  if (!approve) return report.id;
  await signInAs("jinfeng.staff");
  expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "", version: report.version })).toMatchObject({ ok: true });
  return report.id;
}

beforeAll(async () => {
  const opened = await openPeriodFor("jinfeng", /教育工作要点/);
  tenantId = opened.tenantId;
  asOf = (await ownerDb().reportingPeriod.findUniqueOrThrow({ where: { id: opened.periodId } })).endsOn;
  const all = (await reporterSlots("jinfeng")).filter((s) => s.periodId === opened.periodId);
  slots = [...new Map(all.map((s) => [s.taskId, s])).values()].slice(0, 2);
  expect(slots).toHaveLength(2);
  const partyPlan = (await ownerDb().plan.findMany({ where: { tenantId } })).find((p) => /党的建设/.test(p.title))!;
  partyPlanId = partyPlan.id;
  const definition = await ownerDb().indicatorDefinition.create({ data: { code: "test-report-once", name: "测试覆盖率", unit: "%" } });
  const db = ownerDb();
  const make = async (data: { planId: string; taskId: string | null; name: string; mapping?: "confirmed" | "suggested" }) =>
    (
      await db.indicator.create({
        data: {
          tenantId,
          planId: data.planId,
          taskId: data.taskId,
          origin: "manual",
          position: 800,
          name: data.name,
          unit: "%",
          comparator: "gte",
          baselineValue: 80,
          baselineYear: 2021,
          targetValue: 95,
          targetYear: 2025,
          ...(data.mapping ? { definitionId: definition.id, mappingState: data.mapping } : {}),
        },
      })
    ).id;
  ind.a1 = await make({ planId: opened.plan.id, taskId: slots[0]!.taskId, name: "覆盖率（要点一）", mapping: "confirmed" });
  ind.a2 = await make({ planId: opened.plan.id, taskId: slots[1]!.taskId, name: "覆盖率（要点二）", mapping: "confirmed" });
  ind.own = await make({ planId: opened.plan.id, taskId: slots[0]!.taskId, name: "本校自定指标" });
  ind.b = await make({ planId: partyPlan.id, taskId: null, name: "覆盖率（党建）", mapping: "confirmed" });
  ind.suggested = await make({ planId: partyPlan.id, taskId: null, name: "覆盖率（待确认）", mapping: "suggested" });
});

describe("an actual reported once", () => {
  it("names the other plans and tasks the number feeds, never a suggested one", async () => {
    const shared = await read((tx) => listSharedIndicators(tx, tenantId, [ind.a1, ind.own, ind.suggested]));
    expect(
      shared
        .get(ind.a1)!
        .map((s) => s.indicatorId)
        .sort(),
    ).toEqual([ind.a2, ind.b].sort());
    expect(shared.get(ind.a1)!.find((s) => s.indicatorId === ind.b)!.planTitle).toMatch(/党的建设/);
    expect(shared.has(ind.own)).toBe(false);
    expect(shared.has(ind.suggested)).toBe(false);
  });

  it("shows on the same-definition confirmed indicators of two plans, with its source", async () => {
    await submitAndApprove(slots[0]!.id, [
      { indicatorId: ind.a1, value: 88 },
      { indicatorId: ind.own, value: 5 },
    ]);
    for (const id of [ind.a1, ind.a2, ind.b]) expect((await progressOf(id))!.latest).toEqual({ value: 88, asOf });
    const trends = await read((tx) => getIndicatorTrends(tx, tenantId, [ind.b, ind.a2]));
    expect(trends.get(ind.b)).toEqual([{ asOf, value: 88 }]);
    expect(trends.get(ind.a2)).toEqual([{ asOf, value: 88 }]);
    const ledger = await read((tx) => latestApprovedActuals(tx, tenantId, [ind.b]));
    expect(ledger.get(ind.b)).toMatchObject({ value: 88 });
    const series = await read((tx) => getCountedSeries(tx, tenantId, [ind.b]));
    expect(series.get(ind.b)).toEqual([
      expect.objectContaining({ value: 88, conflict: false, source: expect.objectContaining({ slotId: slots[0]!.id, sourceIndicatorId: ind.a1 }) }),
    ]);
  });

  it("is in the export's counted values of both plans' indicators", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "once-export-"));
    try {
      await read((tx) => writeBureauData(tx, tenantId, dir));
      const rows = JSON.parse(await readFile(path.join(dir, "json", "indicator_counted_values.json"), "utf8")) as { indicator_id: string; value: string }[];
      for (const id of [ind.a1, ind.a2, ind.b]) expect(rows.filter((r) => r.indicator_id === id).map((r) => Number(r.value))).toEqual([88]);
      expect(rows.some((r) => r.indicator_id === ind.suggested)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reaches the indicators API: the counted latest value, and a suggestion names no definition", async () => {
    await signInAs("jinfeng.staff");
    const response = await getIndicators(new Request(`http://localhost/api/v1/indicators?planId=${partyPlanId}&pageSize=200`), { params: Promise.resolve({}) });
    const body = (await response.json()) as { indicators: { id: string; mapping: { state: string; definitionId: string | null }; latest: unknown }[] };
    const byId = new Map(body.indicators.map((i) => [i.id, i]));
    expect(byId.get(ind.b)).toMatchObject({
      mapping: { state: "confirmed", definitionId: expect.any(String) },
      latest: { value: 88, asOf: asOf.toISOString().slice(0, 10) },
    });
    expect(byId.get(ind.suggested)).toMatchObject({ mapping: { state: "suggested", definitionId: null }, latest: null });
  });

  it("contributes nothing through a suggested mapping; an unmapped indicator keeps its own values", async () => {
    expect((await progressOf(ind.suggested))!.latest).toBeNull();
    expect((await read((tx) => getIndicatorTrends(tx, tenantId, [ind.suggested]))).get(ind.suggested)).toBeUndefined();
    expect((await progressOf(ind.own))!.latest).toEqual({ value: 5, asOf });
  });

  it("offers the approved value to the next report of the same definition and date", async () => {
    const approved = await read((tx) => approvedBureauValues(tx, tenantId, { indicatorIds: [ind.a2, ind.own], asOf, exceptReportId: null }));
    expect(approved.get(ind.a2)).toMatchObject({ value: 88, source: { slotId: slots[0]!.id } });
    expect(approved.has(ind.own)).toBe(false);
  });

  it("keeps a member school's value under a group out of the bureau's value, shown under the group", async () => {
    const db = ownerDb();
    const group = await db.orgUnit.findFirstOrThrow({ where: { tenantId, kind: "group" } });
    const school = await db.orgUnit.create({ data: { tenantId, name: "金凤区测试小学", kind: "school" } });
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { tenantId, endsOn: asOf } });
    const slot = await db.reportSlot.create({
      data: { tenantId, periodId: period.id, taskId: slots[0]!.taskId, orgUnitId: school.id, groupUnitId: group.id, unitRole: "lead", dueOn: asOf },
    });
    const report = await db.report.create({ data: { tenantId, slotId: slot.id, status: "approved", summary: "学校自报" } });
    await db.indicatorActual.create({
      data: { tenantId, indicatorId: ind.a1, reportId: report.id, asOf, value: 40, reviewState: "approved", approvedAt: new Date(), groupUnitId: group.id },
    });
    expect((await progressOf(ind.b))!.latest).toEqual({ value: 88, asOf });
    expect(await read((tx) => countConflicts(tx, tenantId))).toBe(0);
    expect(await read((tx) => listGroupValues(tx, tenantId, ind.b))).toEqual([
      { groupName: group.name, unitName: "金凤区测试小学", asOf, value: 40, slotId: slot.id },
    ]);
  });
});

describe("two different values for one definition and date", () => {
  let secondReport: string;

  it("reach the reviewer before approving, with the value that counts and its source", async () => {
    secondReport = await submitAndApprove(slots[1]!.id, [{ indicatorId: ind.a2, value: 91 }], false);
    const conflicts = await read((tx) => getReviewConflicts(tx, tenantId, [secondReport]));
    expect(conflicts.get(`${secondReport}:${ind.a2}`)).toMatchObject({ value: 88, source: { slotId: slots[0]!.id } });
  });

  it("after approval both stay approved, the earlier counts and the conflict is listed", async () => {
    await signInAs("jinfeng.staff");
    const report = await ownerDb().report.findUniqueOrThrow({ where: { id: secondReport } });
    expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "", version: report.version })).toMatchObject({ ok: true });
    for (const id of [ind.a1, ind.a2, ind.b]) expect((await progressOf(id))!.latest).toEqual({ value: 88, asOf });
    expect(await read((tx) => countConflicts(tx, tenantId))).toBe(1);
    const page = await read((tx) => listConflicts(tx, tenantId, 1));
    expect(page.total).toBe(1);
    expect(page.items[0]!.values.map((v) => [v.value, v.counts])).toEqual([
      [88, true],
      [91, false],
    ]);
    expect((await read((tx) => getCountedSeries(tx, tenantId, [ind.b]))).get(ind.b)![0]!.conflict).toBe(true);
  });

  it("is resolved by a reviewer choosing the value that counts: the other is set aside", async () => {
    const chosen = await ownerDb().indicatorActual.findFirstOrThrow({ where: { tenantId, reportId: secondReport } });
    await signInAs("jinfeng.reporter");
    expect(await resolveConflictAction(null, { actualId: chosen.id })).toMatchObject({ ok: false });
    await signInAs("jinfeng.staff");
    expect(await resolveConflictAction(null, { actualId: "not-an-id" })).toMatchObject({ ok: false, fieldErrors: { actualId: ["该数值不存在或无权访问"] } });
    expect(await resolveConflictAction(null, { actualId: chosen.id })).toMatchObject({ ok: true });
    for (const id of [ind.a1, ind.a2, ind.b]) expect((await progressOf(id))!.latest).toEqual({ value: 91, asOf });
    expect(await read((tx) => countConflicts(tx, tenantId))).toBe(0);
    const first = await ownerDb().indicatorActual.findFirstOrThrow({ where: { tenantId, indicatorId: ind.a1 } });
    expect(first.reviewState).toBe("approved");
    expect(first.setAsideAt).not.toBeNull();
    expect(await ownerDb().auditEvent.count({ where: { tenantId, action: "indicator.conflict.resolve", entityId: chosen.id } })).toBe(1);
    // Nothing left to resolve: a second click is refused in Chinese.
    expect(await resolveConflictAction(null, { actualId: chosen.id })).toMatchObject({ ok: false, message: "该数值没有与之不一致的已审核数值，无需处理" });
  });
});
