// The city's drill-down into a district (read-only, through withChildTenant)
// and the ranked comparison over all districts with its .xlsx: red and yellow
// tasks first, each unit's on-time reporting, the ranking and who may read it.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as comparisonXlsx } from "@/app/api/v1/city/comparison.xlsx/route";
import { getAuthSession, hasTenant, type TenantSession } from "@/lib/auth/session";
import { getDistrictComparison } from "@/lib/city/get-district-comparison";
import { getDistrictOverview } from "@/lib/city/get-district-overview";
import { listDistrictTasks } from "@/lib/city/list-district-tasks";
import { listDistrictUnits } from "@/lib/city/list-district-units";
import { withChildTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { todayInChina } from "@/lib/reports/periods";
import { taskLight } from "@/lib/supervision/light";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

async function sessionOf(username: string): Promise<TenantSession> {
  await signInAs(username);
  const session = await getAuthSession();
  if (!hasTenant(session)) throw new Error(`${username} has no tenant`);
  return session;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = todayInChina();
const UNIT_NAME = "按时报送测试学校";
let unitId: string;

beforeAll(async () => {
  // 贺兰县: one red task (long past due) and one yellow (due tomorrow), and a
  // school with five report slots whose on-time reporting is known.
  const db = ownerDb();
  const helan = await tenantIdOf("helan");
  const tasks = await db.task.findMany({ where: { tenantId: helan }, orderBy: { position: "asc" }, take: 7, include: { plan: true } });
  await db.task.update({ where: { id: tasks[0]!.id }, data: { status: "in_progress", closedAt: null, dueDate: day("2024-06-30"), ongoing: false } });
  await db.task.update({
    where: { id: tasks[1]!.id },
    data: { status: "in_progress", closedAt: null, dueDate: new Date(today.getTime() + 86_400_000), ongoing: false },
  });
  const unit = await db.orgUnit.create({ data: { tenantId: helan, name: UNIT_NAME, kind: "school" } });
  unitId = unit.id;
  const period = await db.reportingPeriod.create({
    data: { tenantId: helan, planId: tasks[0]!.planId, label: "测试季度", startsOn: day("2024-01-01"), endsOn: day("2024-03-31"), dueOn: day("2024-03-31") },
  });
  const slot = async (i: number, dueOn: string, status: "open" | "submitted" | "approved", submittedAt?: string) => {
    const s = await db.reportSlot.create({
      data: { tenantId: helan, periodId: period.id, taskId: tasks[i + 2]!.id, orgUnitId: unit.id, unitRole: "responsible", dueOn: day(dueOn), status },
    });
    if (submittedAt)
      await db.report.create({ data: { tenantId: helan, slotId: s.id, status: status === "open" ? "draft" : status, submittedAt: new Date(submittedAt) } });
  };
  await slot(0, "2024-03-31", "approved", "2024-03-31T15:30:00Z"); // 23:30 Beijing on the due date: on time
  await slot(1, "2024-03-31", "submitted", "2024-03-31T16:30:00Z"); // 00:30 Beijing the next day: late
  await slot(2, "2024-03-31", "open"); // overdue
  await slot(3, "2099-12-31", "open"); // not due yet: not judged
  await slot(4, "2099-12-31", "submitted", "2024-02-01T02:00:00Z"); // early: on time
});

describe("a district's drill-down", () => {
  it("lists red tasks first, then yellow, then the rest, each light judged under the district's own settings", async () => {
    const viewer = await sessionOf("yinchuan.viewer");
    const helan = await tenantIdOf("helan");
    const settings = await ownerDb().supervisionSettings.findUnique({ where: { tenantId: helan } });
    const all = await ownerDb().task.findMany({ where: { tenantId: helan }, include: { plan: true } });
    const lights = all.map((t) => taskLight(t, t.plan.startYear, today, settings?.dueSoonDays).light);
    const count = (l: string) => lights.filter((x) => x === l).length;

    const first = await withChildTenant(viewer, "helan", (tx, child) => listDistrictTasks(tx, child.id, { page: 1 }, today));
    expect(first.total).toBe(all.length);
    const order = { red: 0, yellow: 1, green: 2, none: 3, done: 4 } as const;
    const shown = first.items.map((t) => order[t.light.light]);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(first.items.slice(0, count("red")).every((t) => t.light.light === "red")).toBe(true);
    expect(count("red")).toBeGreaterThanOrEqual(1);
    expect(count("yellow")).toBeGreaterThanOrEqual(1);

    const yellow = await withChildTenant(viewer, "helan", (tx, child) => listDistrictTasks(tx, child.id, { light: "yellow", page: 1 }, today));
    expect(yellow.total).toBe(count("yellow"));
    expect(yellow.items.every((t) => t.light.light === "yellow")).toBe(true);

    const overview = await getDistrictOverview(viewer, "helan", today);
    expect(overview.counts).toMatchObject({ total: all.length, red: count("red"), yellow: count("yellow") });
    expect(overview.litTasks[0]!.light.light).toBe("red");
    expect(overview.litTasks.every((t) => t.light.light === "red" || t.light.light === "yellow")).toBe(true);
    expect(overview.plans.total).toBe(await ownerDb().plan.count({ where: { tenantId: helan } }));
  });

  it("shows each unit's on-time reporting: on time by the Beijing date, late and overdue counted against, not yet due left out", async () => {
    const viewer = await sessionOf("yinchuan.viewer");
    const helan = await tenantIdOf("helan");
    const pages = await withChildTenant(viewer, "helan", async (tx, child) => {
      const first = await listDistrictUnits(tx, child.id, 1, today);
      const rest = [];
      for (let page = 2; page <= first.pageCount; page++) rest.push(...(await listDistrictUnits(tx, child.id, page, today)).items);
      return { first, all: [...first.items, ...rest] };
    });
    expect(pages.first.total).toBe(await ownerDb().orgUnit.count({ where: { tenantId: helan } }));
    expect(pages.all).toHaveLength(pages.first.total);
    expect(pages.all.find((u) => u.id === unitId)).toEqual({ id: unitId, name: UNIT_NAME, kind: "school", slots: 4, onTime: 2, overdue: 1, onTimeShare: 0.5 });
    // Worst share first; units with nothing judged after every judged one.
    const judged = pages.all.filter((u) => u.onTimeShare !== null);
    expect(judged.map((u) => u.onTimeShare)).toEqual(judged.map((u) => u.onTimeShare).sort((a, b) => a! - b!));
    expect(pages.all.slice(0, judged.length).every((u) => u.onTimeShare !== null)).toBe(true);
  });

  it("a bureau user, or a viewer of another city, cannot open the district", async () => {
    await expect(getDistrictOverview(await sessionOf("zhengzhou.viewer"), "helan")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDistrictOverview(await sessionOf("helan.admin"), "helan")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDistrictOverview(await sessionOf("yinchuan.viewer"), "huiji")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the comparison over all districts", () => {
  it("ranks by on-time reporting with shared ranks for ties and no reporting last, and by completion", async () => {
    const viewer = await sessionOf("yinchuan.viewer");
    const byOnTime = await getDistrictComparison(viewer, "on-time", today);
    expect(byOnTime.sort).toEqual({ by: "on-time" });
    const rates = byOnTime.standings.map((s) => s.onTimeShare);
    const real = rates.filter((r) => r !== null);
    expect(rates.slice(0, real.length)).toEqual([...real].sort((a, b) => b! - a!));
    byOnTime.standings.forEach((s, i) => {
      const previous = byOnTime.standings[i - 1];
      if (!previous) return expect(s.rank).toBe(1);
      // Equal shares (two districts without a judged slot are equal too) share the rank of the first.
      const tied = previous.slots === 0 || s.slots === 0 ? previous.slots === s.slots : previous.onTime * s.slots === s.onTime * previous.slots;
      expect(s.rank).toBe(tied ? previous.rank : i + 1);
    });
    const helan = byOnTime.standings.find((s) => s.tenant.code === "helan")!;
    expect(helan.slots).toBeGreaterThanOrEqual(4);

    const byCompletion = await getDistrictComparison(viewer, "nonsense", today);
    expect(byCompletion.sort).toEqual({ by: "completion" });
    const shares = byCompletion.standings.map((s) => s.share ?? -1);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(byCompletion.standings.map((s) => s.tenant.code).sort()).toEqual(["helan", "jinfeng", "xingqing"]);
  });

  it("exports the ranking as .xlsx named in Chinese with the date, to city viewers only", async () => {
    await signInAs("yinchuan.viewer");
    const response = await comparisonXlsx(new Request("http://localhost/api/v1/city/comparison.xlsx?sort=on-time"));
    expect(response.status).toBe(200);
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(decodeURIComponent(disposition)).toContain(`各区县对比（按按时报送率）-${today.toISOString().slice(0, 10)}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("名次");
    const expected = (await getDistrictComparison(await sessionOf("yinchuan.viewer"), "on-time", today)).standings;
    const rows = [2, 3, 4].map((r) => [sheet.getRow(r).getCell(1).value, sheet.getRow(r).getCell(2).value]);
    expect(rows).toEqual(expected.map((s) => [s.rank, s.tenant.name]));
    expect(JSON.stringify(rows)).not.toMatch(/惠济/);

    for (const username of ["helan.admin", "jinfeng.staff"]) {
      await signInAs(username);
      expect((await comparisonXlsx(new Request("http://localhost/api/v1/city/comparison.xlsx"))).status).toBe(403);
    }
    signOut();
    expect((await comparisonXlsx(new Request("http://localhost/api/v1/city/comparison.xlsx"))).status).toBe(401);
  });
});
