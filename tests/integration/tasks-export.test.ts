// The task list's export: every task the filter of /tasks matches, one row each,
// with its units by their part, in the list's order.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as exportTasksRoute } from "@/app/api/v1/tasks.xlsx/route";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { parseTaskListFilter } from "@/lib/plans/display/task-list-filter";
import { listTasks } from "@/lib/plans/queries/list-tasks";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

async function exported(query: string, bureau: string) {
  const response = await exportTasksRoute(new Request(`http://localhost/api/v1/tasks.xlsx${query}`), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  expect(decodeURIComponent(response.headers.get("content-disposition") ?? "")).toContain(`${bureau}-任务清单.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("任务清单")!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows;
}

describe("GET /api/v1/tasks.xlsx", () => {
  it("exports every task the list matches, past the page's 20 (the page parameter is not a filter), with lead, responsible and cooperating units apart", async () => {
    await signInAs("helan.staff");
    const tenantId = await tenantIdOf("helan");
    const userId = (await ownerDb().user.findUniqueOrThrow({ where: { username: "helan.staff" } })).id;
    const list = await openTenantTransaction(ownerDb(), { tenantId, userId }, (tx) =>
      listTasks(tx, { tenantId, userId }, parseTaskListFilter({}), undefined, 1000),
    );
    expect(list.total).toBeGreaterThan(20);

    const [header, ...rows] = await exported("?page=2", "贺兰县教育体育局");
    expect(header).toEqual(["规划", "编号", "任务", "状态", "进度（%）", "完成时限", "亮灯", "牵头单位", "责任单位", "配合单位", "责任领导"]);
    expect(rows.map((r) => r[2])).toEqual(list.items.map((t) => t.title));
    expect(rows.map((r) => r[1])).toEqual(list.items.map((t) => String(t.number)));
    const withCooperation = list.items.findIndex((t) => t.units.some((u) => u.role === "cooperate"));
    expect(withCooperation).toBeGreaterThanOrEqual(0);
    const task = list.items[withCooperation]!;
    const cooperating = task.units.filter((u) => u.role === "cooperate").map((u) => u.orgUnit.name);
    for (const name of cooperating) expect(rows[withCooperation]![9]).toContain(name);
    for (const name of cooperating) expect(rows[withCooperation]![7]).not.toContain(name);
  });

  it("exports nothing of another bureau: a foreign plan's id filters to no task", async () => {
    await signInAs("jinfeng.staff");
    const foreignPlan = await ownerDb().plan.findFirstOrThrow({ where: { tenant: { code: "xingqing" } } });
    const [header, ...rows] = await exported(`?plan=${foreignPlan.id}`, "金凤区教育局");
    expect(header![0]).toBe("规划");
    expect(rows).toEqual([]);
  });
});
