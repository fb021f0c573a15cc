// The city view: one catalogue indicator side by side across a city's
// districts, the district completion aggregate, and /api/v1/compare. The
// catalogue and its mappings are set up here with the owner connection, so
// the test does not depend on the catalogue seed (which, if it has landed,
// is overwritten for this code in this file's own database).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as compareRoute } from "@/app/api/v1/compare/route";
import { getAuthSession, hasTenant, type TenantSession } from "@/lib/auth/session";
import { compareCatalogue, compareIndicator } from "@/lib/city/compare-indicator";
import { getDistrictCompletion } from "@/lib/city/district-completion";
import { todayInChina } from "@/lib/reports/periods";
import { taskLight } from "@/lib/supervision/light";
import { NotFoundError } from "@/lib/errors";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

const CODE = "preschool-inclusive-coverage";

async function sessionOf(username: string): Promise<TenantSession> {
  await signInAs(username);
  const session = await getAuthSession();
  if (!hasTenant(session)) throw new Error(`${username} has no tenant`);
  return session;
}

const call = async (url: string) => {
  const response = await compareRoute(new Request(`http://localhost${url}`), { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

let definitionId: string;

async function addActual(tenantId: string, indicatorId: string, asOf: string, value: number, reviewState: "approved" | "pending", periodId?: string) {
  await ownerDb().indicatorActual.create({ data: { tenantId, indicatorId, asOf: date(asOf), value, reviewState, periodId } });
}

/** A hand-added (manual) indicator in `where`, mapped to CODE. */
function addMappedIndicator(
  where: { tenantId: string; planId: string; taskId?: string },
  indicator: { position: number; name: string; unit?: string; targetValue: number; targetYear: number },
  mappingState: "suggested" | "confirmed",
) {
  return ownerDb().indicator.create({ data: { ...where, ...indicator, origin: "manual", definitionId, mappingState } });
}

beforeAll(async () => {
  const db = ownerDb();
  const definition = await db.indicatorDefinition.upsert({
    where: { code: CODE },
    create: { code: CODE, name: "普惠性幼儿园覆盖率", unit: "%", direction: "gte" },
    update: { name: "普惠性幼儿园覆盖率", unit: "%", direction: "gte" },
  });
  definitionId = definition.id;
  // Deterministic: only the mappings made below point at this code.
  await db.indicator.updateMany({ where: { definitionId }, data: { definitionId: null, mappingState: "unmapped" } });

  // 兴庆区: the five-year plan's indicator table (85.2% in 2020 → ≥ 86% by 2025).
  const xingqing = await tenantIdOf("xingqing");
  const table = await db.indicator.findFirstOrThrow({ where: { tenantId: xingqing, taskId: null, name: "普惠性学前教育覆盖率" } });
  expect(table).toMatchObject({ comparator: "gte", baselineYear: 2020, targetYear: 2025 });
  expect(Number(table.baselineValue)).toBe(85.2);
  expect(Number(table.targetValue)).toBe(86);
  await db.indicator.update({ where: { id: table.id }, data: { definitionId, mappingState: "confirmed" } });
  const period = await db.reportingPeriod.create({
    data: {
      tenantId: xingqing,
      planId: table.planId,
      label: "2023年第四季度",
      startsOn: date("2023-10-01"),
      endsOn: date("2023-12-31"),
      dueOn: date("2024-01-15"),
    },
  });
  await addActual(xingqing, table.id, "2022-12-31", 85.5, "approved");
  await addActual(xingqing, table.id, "2023-12-31", 85, "approved", period.id);
  // A newer claim the bureau has not checked: ignored.
  await addActual(xingqing, table.id, "2024-06-30", 90, "pending");
  // A task-level target only suggested for the same code, with a later year and
  // a better actual: an unconfirmed mapping gives neither its target nor its value.
  const task = await db.task.findFirstOrThrow({ where: { tenantId: xingqing, planId: table.planId }, orderBy: { position: "asc" } });
  const decoy = await addMappedIndicator(
    { tenantId: xingqing, planId: table.planId, taskId: task.id },
    { position: 999, name: "普惠园覆盖率（任务目标）", unit: "%", targetValue: 95, targetYear: 2027 },
    "suggested",
  );
  await addActual(xingqing, decoy.id, "2024-12-31", 99, "approved");

  // 贺兰县: the action plan's text target 全县普惠性幼儿园覆盖率达到92%以上 (2027), no baseline.
  const helan = await tenantIdOf("helan");
  const text = await db.indicator.findFirstOrThrow({ where: { tenantId: helan, name: { contains: "普惠性幼儿园覆盖率" } } });
  expect(text).toMatchObject({ origin: "text", comparator: "gte", targetYear: 2027, baselineValue: null });
  expect(text.taskId).not.toBeNull();
  expect(Number(text.targetValue)).toBe(92);
  await db.indicator.update({ where: { id: text.id }, data: { definitionId, mappingState: "confirmed" } });
  await addActual(helan, text.id, "2025-06-30", 95, "approved");
  await addActual(helan, text.id, "2025-12-31", 70, "pending");

  // 惠济区 (郑州市): an indicator of another city mapped to the same code.
  const huiji = await tenantIdOf("huiji");
  const foreign = await db.indicator.findFirstOrThrow({ where: { tenantId: huiji }, orderBy: { position: "asc" } });
  await db.indicator.update({
    where: { id: foreign.id },
    data: { definitionId, mappingState: "confirmed", baselineValue: 60, baselineYear: 2021, targetValue: 80, targetYear: 2025, comparator: "gte" },
  });
  await addActual(huiji, foreign.id, "2024-12-31", 50, "approved");
});

const XINGQING = {
  tenant: { code: "xingqing", name: "兴庆区教育局" },
  baseline: { value: 85.2, year: 2020 },
  target: { value: 86, year: 2025, comparator: ">=" },
  // Path 85.2 (end 2020) → 86 (end 2025): at end 2023, 1095/1826 days ≈ 0.6 of
  // the way ≈ 85.68; 85.0 is ~0.68 short, beyond the 0.5 tolerance (2% of 0.8
  // is below the minimum).
  latest: { value: 85, period: "2023年第四季度" },
  status: "behind",
  lead: expect.closeTo(-0.68, 1),
};
const HELAN = {
  tenant: { code: "helan", name: "贺兰县教育体育局" },
  baseline: null,
  target: { value: 92, year: 2027, comparator: ">=" },
  // No baseline, so no path: compared with the target itself, 95 is beyond
  // 92 + tolerance (2% of 92 = 1.84) → ahead.
  latest: { value: 95, period: "2025-06-30" },
  status: "ahead",
  lead: 3,
};
const JINFENG = { tenant: { code: "jinfeng", name: "金凤区教育局" }, baseline: null, target: null, latest: null, status: "no-data", lead: null };
/** The API's documented shape: the ranking's lead stays inside. */
const api = ({ lead: _lead, ...row }: Record<string, unknown>) => row;

describe("city comparison of a catalogue indicator", () => {
  it("shows exactly the city's districts with baseline, target, latest approved actual and judgement", async () => {
    const session = await sessionOf("yinchuan.viewer");
    const result = await compareIndicator(session, CODE);
    expect(result).toEqual({ indicator: { code: CODE, name: "普惠性幼儿园覆盖率", unit: "%" }, districts: [HELAN, JINFENG, XINGQING] });
  });

  it("the city home's all-catalogue read agrees with the single-code read", async () => {
    const session = await sessionOf("yinchuan.viewer");
    const all = await compareCatalogue(session);
    expect(all.find((c) => c.indicator.code === CODE)).toEqual(await compareIndicator(session, CODE));
    expect(all.every((c) => c.districts.map((d) => d.tenant.code).join() === "helan,jinfeng,xingqing")).toBe(true);
  });

  it("an unknown code is not found", async () => {
    const session = await sessionOf("yinchuan.viewer");
    await expect(compareIndicator(session, "no-such-indicator")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("zhengzhou.viewer sees only 惠济区, never a yinchuan district", async () => {
    const session = await sessionOf("zhengzhou.viewer");
    const result = await compareIndicator(session, CODE);
    expect(result.districts).toEqual([
      {
        tenant: { code: "huiji", name: "惠济区教育局" },
        baseline: { value: 60, year: 2021 },
        target: { value: 80, year: 2025, comparator: ">=" },
        // Path 60 (end 2021) → 80 (end 2025): at end 2024, 3/4 = 75; 50 is far below.
        latest: { value: 50, period: "2024-12-31" },
        status: "behind",
        lead: expect.closeTo(-25, 1),
      },
    ]);
  });

  it("never exposes a tenant outside the city, even when it maps to the same code", async () => {
    // The city's own tenant also holds a mapped indicator: the child
    // transaction can see it (tenant_isolation), the comparison must not show it.
    const db = ownerDb();
    const yinchuan = await tenantIdOf("yinchuan");
    const plan = await db.plan.create({ data: { tenantId: yinchuan, title: "银川市测试规划", startYear: 2021, endYear: 2025 } });
    const own = await addMappedIndicator(
      { tenantId: yinchuan, planId: plan.id },
      { position: 0, name: "市级覆盖率", targetValue: 99, targetYear: 2025 },
      "confirmed",
    );
    await addActual(yinchuan, own.id, "2024-12-31", 99, "approved");

    const session = await sessionOf("yinchuan.viewer");
    const result = await compareIndicator(session, CODE);
    expect(result.districts.map((d) => d.tenant.code)).toEqual(["helan", "jinfeng", "xingqing"]);
    expect(JSON.stringify(result)).not.toMatch(/huiji|惠济|yinchuan|银川|"value":99|"value":50/);
    const all = await compareCatalogue(session);
    expect(JSON.stringify(all)).not.toMatch(/huiji|惠济|yinchuan|银川/);

    const zhengzhou = await compareIndicator(await sessionOf("zhengzhou.viewer"), CODE);
    expect(JSON.stringify(zhengzhou)).not.toMatch(/helan|jinfeng|xingqing|贺兰|金凤|兴庆|银川/);
    await db.indicatorActual.deleteMany({ where: { indicatorId: own.id } });
    await db.indicator.delete({ where: { id: own.id } });
    await db.plan.delete({ where: { id: plan.id } });
  });

  it("an unconfirmed mapping contributes nothing: no target, no value; confirmed, its target shows and no-data, not zero", async () => {
    const db = ownerDb();
    const jinfeng = await tenantIdOf("jinfeng");
    const indicator = await db.indicator.findFirstOrThrow({ where: { tenantId: jinfeng }, orderBy: { position: "asc" } });
    const before = { definitionId: indicator.definitionId, mappingState: indicator.mappingState };
    // As in the issue: an imported plan brought a suggested mapping with a target and an approved value.
    await db.indicator.update({
      where: { id: indicator.id },
      data: { definitionId, mappingState: "suggested", targetValue: 90, targetYear: 2025, comparator: "gte" },
    });
    await addActual(jinfeng, indicator.id, "2024-12-31", 88, "approved");
    const viewer = await sessionOf("yinchuan.viewer");
    expect((await compareIndicator(viewer, CODE)).districts.find((d) => d.tenant.code === "jinfeng")).toEqual(JINFENG);

    // Confirmed, without an approved value: its target, and no-data rather than zero.
    await db.indicatorActual.updateMany({ where: { indicatorId: indicator.id }, data: { reviewState: "pending" } });
    await db.indicator.update({ where: { id: indicator.id }, data: { mappingState: "confirmed" } });
    expect((await compareIndicator(viewer, CODE)).districts.find((d) => d.tenant.code === "jinfeng")).toMatchObject({
      target: { value: 90, year: 2025 },
      latest: null,
      status: "no-data",
    });
    await db.indicatorActual.deleteMany({ where: { indicatorId: indicator.id } });
    await db.indicator.update({
      where: { id: indicator.id },
      data: { ...before, targetValue: indicator.targetValue, targetYear: indicator.targetYear, comparator: indicator.comparator },
    });
  });

  it("a value entered once on another plan's confirmed indicator of the same definition is the district's latest value", async () => {
    const db = ownerDb();
    const xingqing = await tenantIdOf("xingqing");
    const plan = await db.plan.create({ data: { tenantId: xingqing, title: "兴庆区2024年教育工作要点（测试）", startYear: 2024, endYear: 2024 } });
    const annual = await addMappedIndicator(
      { tenantId: xingqing, planId: plan.id },
      { position: 0, name: "普惠性学前教育覆盖率（年度）", unit: "%", targetValue: 85.9, targetYear: 2023 },
      "confirmed",
    );
    // Entered once, on the annual plan's indicator: the five-year plan's target still speaks, the value is the bureau's.
    await addActual(xingqing, annual.id, "2024-12-31", 86.6, "approved");
    const row = (await compareIndicator(await sessionOf("yinchuan.viewer"), CODE)).districts.find((d) => d.tenant.code === "xingqing");
    expect(row).toMatchObject({ baseline: XINGQING.baseline, target: XINGQING.target, latest: { value: 86.6, period: "2024-12-31" }, status: "ahead" });
    await db.indicatorActual.deleteMany({ where: { indicatorId: annual.id } });
    await db.indicator.delete({ where: { id: annual.id } });
    await db.plan.delete({ where: { id: plan.id } });
    expect((await compareIndicator(await sessionOf("yinchuan.viewer"), CODE)).districts.find((d) => d.tenant.code === "xingqing")).toEqual(XINGQING);
  });
});

describe("/api/v1/compare", () => {
  it("returns exactly the documented shape for a city viewer", async () => {
    await signInAs("yinchuan.viewer");
    const { status, body } = await call(`/api/v1/compare?indicator=${CODE}`);
    expect(status).toBe(200);
    expect(body).toEqual({ indicator: { code: CODE, name: "普惠性幼儿园覆盖率", unit: "%" }, districts: [HELAN, JINFENG, XINGQING].map(api) });
  });

  it("answers 404 for an unknown code, 400 in Chinese without one", async () => {
    await signInAs("yinchuan.viewer");
    expect(await call("/api/v1/compare?indicator=no-such-indicator")).toEqual({ status: 404, body: { error: "记录不存在或无权访问" } });
    const missing = await call("/api/v1/compare");
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/^查询参数有误.*请指定要对比的指标代码/);
    expect((await call("/api/v1/compare?indicator=")).status).toBe(400);
  });

  it("refuses bureau users (403) and callers without a session (401)", async () => {
    for (const username of ["jinfeng.admin", "xingqing.staff", "helan.leader", "huiji.reporter"]) {
      await signInAs(username);
      expect(await call(`/api/v1/compare?indicator=${CODE}`)).toEqual({ status: 403, body: { error: "您没有执行此操作的权限" } });
    }
    signOut();
    expect(await call(`/api/v1/compare?indicator=${CODE}`)).toEqual({ status: 401, body: { error: "登录已失效，请重新登录" } });
  });

  it("works when Next passes no params, as it does for a route without dynamic segments", async () => {
    await signInAs("yinchuan.viewer");
    const response = await compareRoute(new Request(`http://localhost/api/v1/compare?indicator=${CODE}`), { params: undefined });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { districts: unknown[] }).districts).toHaveLength(3);
    expect((await compareRoute(new Request("http://localhost/api/v1/compare"))).status).toBe(400);
  });

  it("zhengzhou.viewer gets only 惠济区 through the API", async () => {
    await signInAs("zhengzhou.viewer");
    const { status, body } = await call(`/api/v1/compare?indicator=${CODE}`);
    expect(status).toBe(200);
    expect((body.districts as { tenant: { code: string } }[]).map((d) => d.tenant.code)).toEqual(["huiji"]);
  });
});

describe("district completion", () => {
  it("counts each district's tasks, completed and delayed in one aggregate", async () => {
    const db = ownerDb();
    const helan = await tenantIdOf("helan");
    const tasks = await db.task.findMany({ where: { tenantId: helan }, orderBy: { position: "asc" }, take: 5 });
    await db.task.updateMany({ where: { id: { in: tasks.slice(0, 3).map((t) => t.id) } }, data: { status: "completed", progress: 100 } });
    await db.task.updateMany({ where: { id: { in: tasks.slice(3, 5).map((t) => t.id) } }, data: { status: "delayed" } });
    // 亮灯: one delayed task long past due (red), one due tomorrow (yellow).
    await db.task.update({ where: { id: tasks[3]!.id }, data: { dueDate: new Date("2024-06-30T00:00:00Z"), ongoing: false } });
    await db.task.update({ where: { id: tasks[4]!.id }, data: { dueDate: new Date(todayInChina().getTime() + 86_400_000), ongoing: false } });

    const rows = await getDistrictCompletion(await sessionOf("yinchuan.viewer"));
    expect(rows.map((r) => r.tenant.code)).toEqual(["helan", "jinfeng", "xingqing"]);
    for (const row of rows) {
      const tenantId = await tenantIdOf(row.tenant.code);
      const total = await db.task.count({ where: { tenantId } });
      const completed = await db.task.count({ where: { tenantId, status: "completed" } });
      const delayed = await db.task.count({ where: { tenantId, status: "delayed" } });
      const settings = await db.supervisionSettings.findUnique({ where: { tenantId } });
      const lights = (await db.task.findMany({ where: { tenantId }, include: { plan: true } })).map(
        (t) => taskLight(t, t.plan.startYear, todayInChina(), settings?.dueSoonDays).light,
      );
      const [red, yellow] = [lights.filter((l) => l === "red").length, lights.filter((l) => l === "yellow").length];
      expect(row).toMatchObject({ tenant: row.tenant, total, completed, delayed, red, yellow, share: total ? completed / total : null });
    }
    const helanRow = rows.find((r) => r.tenant.code === "helan")!;
    expect(helanRow.completed).toBeGreaterThanOrEqual(3);
    expect(helanRow.delayed).toBeGreaterThanOrEqual(2);
    expect([helanRow.red, helanRow.yellow].map((n) => n >= 1)).toEqual([true, true]);

    const zhengzhou = await getDistrictCompletion(await sessionOf("zhengzhou.viewer"));
    expect(zhengzhou.map((r) => r.tenant.code)).toEqual(["huiji"]);
    expect(await getDistrictCompletion(await sessionOf("jinfeng.admin"))).toEqual([]);
  });
});
