// The ledger (工作台账): .xlsx export through the route handlers and import of
// actuals through the server action, with a real session lookup, permissions
// and RLS (only the cookie is faked). Exported files are read back with exceljs.
import { randomBytes, randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as planLedger } from "@/app/api/v1/plans/[id]/ledger.xlsx/route";
import { GET as unitLedger } from "@/app/api/v1/units/[id]/ledger.xlsx/route";
import { withTenant, type Tx } from "@/lib/db/tenant-scope";
import { importLedgerActualsAction } from "@/lib/ledger/actions";
import { buildPlanLedger } from "@/lib/ledger/build-ledger";
import { submitReportAction } from "@/lib/reports/actions";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, reporterSlots, tenantSessionOf } from "@/tests/support/reporting";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADERS = [
  "序号",
  "所属部分",
  "任务",
  "责任领导",
  "牵头单位",
  "配合单位",
  "责任单位",
  "群体单位填报",
  "状态",
  "进展",
  "完成时限",
  "亮灯",
  "最新报告",
  "指标",
  "目标值",
  "实际值",
  "截至日期",
  "指标ID",
];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Cells = Record<string, ExcelJS.CellValue>;

async function planOf(code: string, title: RegExp) {
  return (await ownerDb().plan.findMany({ where: { tenantId: await tenantIdOf(code) } })).find((p) => title.test(p.title))!;
}

async function get(handler: typeof planLedger, url: string, params: Record<string, string>) {
  return handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
}

async function load(bytes: ArrayBuffer | Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ExcelJS.Buffer);
  return workbook;
}

/** The sheet's header (row 2) and its data rows keyed by header. */
function readRows(workbook: ExcelJS.Workbook) {
  const sheet = workbook.getWorksheet("工作台账")!;
  const headers = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: (Cells & { rowNumber: number })[] = [];
  for (let r = 3; r <= sheet.rowCount; r++) {
    rows.push({ rowNumber: r, ...Object.fromEntries(headers.map((h, i) => [h, sheet.getRow(r).getCell(i + 1).value ?? null])) });
  }
  return { sheet, headers, rows };
}

async function exportPlan(planId: string, query = "") {
  const response = await get(planLedger, `/api/v1/plans/${planId}/ledger.xlsx${query}`, { id: planId });
  expect(response.status).toBe(200);
  return { response, workbook: await load(await response.arrayBuffer()) };
}

function importForm(planId: string, bytes: Uint8Array | Buffer, name = "台账.xlsx") {
  const form = new FormData();
  form.set("planId", planId);
  form.set("file", new File([new Uint8Array(bytes)], name, { type: XLSX }));
  return form;
}

let plan: Awaited<ReturnType<typeof planOf>>;
let enrolment: { id: string }; // 残疾儿童入学率, task 10's first indicator
let resourceRooms: { id: string }; // task 10's second indicator, added by hand as an admin would
let teacherStudios: { id: string }; // task 18
let partyPoints: { id: string }; // task 4 (range 3–5 个)
let reportedTaskNumber: number;

beforeAll(async () => {
  plan = await planOf("jinfeng", /教育工作要点/);
  const indicators = await ownerDb().indicator.findMany({ where: { planId: plan.id }, include: { task: true }, orderBy: { position: "asc" } });
  const ofTask = (n: number) => indicators.filter((i) => i.task?.number === n);
  const task10 = ofTask(10)[0]!;
  enrolment = task10;
  resourceRooms = await ownerDb().indicator.create({
    data: {
      tenantId: plan.tenantId,
      planId: plan.id,
      taskId: task10.taskId,
      origin: "manual",
      position: task10.position + 1,
      name: "设立专门资源教室的学校",
      unit: "所",
      comparator: "gte",
      targetValue: 6,
      targetYear: 2022,
    },
  });
  teacherStudios = ofTask(18)[0]!;
  partyPoints = ofTask(4)[0]!;
  const tenantId = plan.tenantId;
  // A dated deadline long past (task 18) and one done (task 4): 亮灯 red and none.
  const taskNumbered = (n: number) => ({ tenantId: plan.tenantId, planId: plan.id, number: n });
  await ownerDb().task.updateMany({ where: taskNumbered(18), data: { dueDate: day("2022-06-30") } });
  await ownerDb().task.updateMany({ where: taskNumbered(4), data: { dueDate: day("2022-06-30"), status: "completed", progress: 100 } });
  // 销号 at 02:00 Beijing time on 5 July (still 4 July in UTC): the ledger dates it by China's calendar.
  await ownerDb().task.updateMany({ where: taskNumbered(17), data: { dueDate: day("2022-06-30"), closedAt: new Date("2022-07-04T18:00:00Z") } });
  await ownerDb().indicatorActual.createMany({
    data: [
      { tenantId, indicatorId: enrolment.id, asOf: day("2022-06-30"), value: 96.5, reviewState: "approved" },
      // Newer but not yet approved: must not show.
      { tenantId, indicatorId: enrolment.id, asOf: day("2022-09-30"), value: 99, reviewState: "pending" },
      { tenantId, indicatorId: resourceRooms.id, asOf: day("2022-06-30"), value: 7, reviewState: "pending" },
    ],
  });
  const { periodId } = await openPeriodFor("jinfeng", /教育工作要点/);
  const slot = (await reporterSlots("jinfeng")).find((s) => s.periodId === periodId)!;
  reportedTaskNumber = slot.task.number;
  await signInAs("jinfeng.reporter");
  const submitted = await submitReportAction({
    slotId: slot.id,
    summary: "完成教研活动部署，".repeat(20),
    progress: 30,
    problems: "",
    nextSteps: "",
    version: 0,
    submitKey: randomUUID(),
  });
  expect(submitted).toMatchObject({ ok: true });
});

describe("ledger export", () => {
  it("exports one row per task (plus continuation rows for further indicators) with people, status, report and targets", async () => {
    await signInAs("jinfeng.staff");
    const { response, workbook } = await exportPlan(plan.id);
    expect(response.headers.get("content-type")).toBe(XLSX);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent("金凤区教育局2022年教育工作要点-工作台账.xlsx")}`,
    );
    const { sheet, headers, rows } = readRows(workbook);
    expect(String(sheet.getCell("A1").value)).toContain("金凤区教育局2022年教育工作要点");
    expect(String(sheet.getCell("A1").value)).toContain(`导出日期：${formatDate(todayInChina())}`);
    expect(headers).toEqual(HEADERS);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });

    const main = rows.filter((r) => r["任务"]);
    expect(main.map((r) => r["序号"])).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const continuation = rows.filter((r) => !r["任务"]);
    expect(continuation).toHaveLength(1);
    expect(continuation[0]).toMatchObject({ 序号: 10, 所属部分: null, 责任领导: null, 状态: null, 指标ID: resourceRooms.id, 实际值: null });
    expect(continuation[0]!.rowNumber).toBe(main.find((r) => r["序号"] === 10)!.rowNumber + 1);

    const first = main[0]!;
    expect(first).toMatchObject({ 所属部分: "推进党建引领、筑牢战斗堡垒", 任务: "强化党的理论武装", 责任领导: "张学兵、高学芳", 状态: "未启动", 进展: 0 });
    expect(String(first["责任单位"]).split("、").sort()).toEqual(["各支部", "教育党工委"].sort());

    // 亮灯 beside 完成时限, in words: the seed's 2022 tasks are long past due, or ongoing.
    expect(main.find((r) => r["序号"] === 18)).toMatchObject({ 完成时限: day("2022-06-30"), 亮灯: "红灯（已逾期）" });
    expect(main.find((r) => r["序号"] === 4)).toMatchObject({ 完成时限: day("2022-06-30"), 亮灯: "已完成" });
    expect(main.find((r) => r["序号"] === 1)).toMatchObject({ 完成时限: null, 亮灯: "持续/无时限" });
    expect(main.find((r) => r["序号"] === 17)).toMatchObject({ 亮灯: "已销号（2022-07-05）" });
    expect(continuation[0]!["亮灯"]).toBeNull();

    const task10 = main.find((r) => r["序号"] === 10)!;
    expect(task10).toMatchObject({ 指标: "确保残疾儿童入学率达95%以上", 目标值: "≥95%", 实际值: 96.5, 截至日期: day("2022-06-30"), 指标ID: enrolment.id });
    expect(main.find((r) => r["序号"] === 4)).toMatchObject({ 目标值: "3–5个（2022年）", 实际值: null, 指标ID: partyPoints.id });
    expect(main.find((r) => r["序号"] === 18)).toMatchObject({ 目标值: "=20个" });

    const reported = String(main.find((r) => r["序号"] === reportedTaskNumber)!["最新报告"]);
    expect(reported).toMatch(/^2022年第4季度 教研室 待审核 \d{4}-\d{2}-\d{2}提交：完成教研活动部署/);
    expect(reported.endsWith("…")).toBe(true);
    expect(reported.split("：")[1]!.length).toBe(101);
  });

  it("loads the ledger in a fixed number of queries, however many tasks", async () => {
    const session = await tenantSessionOf("jinfeng.staff");
    const queriesFor = async (filter: { q?: string }) => {
      let calls = 0;
      // Counts every model and raw call made through the transaction client.
      const counted = (target: object): object =>
        new Proxy(target, {
          get(t, prop, receiver) {
            const value = Reflect.get(t, prop, receiver) as unknown;
            if (typeof value === "function") return (...args: unknown[]) => (calls++, (value as (...a: unknown[]) => unknown).apply(t, args));
            return value && typeof value === "object" && typeof prop === "string" && !prop.startsWith("_") ? counted(value) : value;
          },
        });
      const ledger = await withTenant(session, (tx) => buildPlanLedger(counted(tx) as Tx, session, plan.id, filter), { readOnly: true });
      return { calls, rows: ledger.rows.length };
    };
    const all = await queriesFor({});
    const one = await queriesFor({ q: "稳步推进特殊教育" }); // task 10, two indicators
    expect([all.rows, one.rows]).toEqual([24, 2]);
    expect(all.calls).toBe(one.calls);
    expect(all.calls).toBeLessThanOrEqual(12);
  });

  it("filters as the plan page does: by leader, by unit, by text", async () => {
    await signInAs("jinfeng.leader");
    const cuiqian = await ownerDb().person.findFirstOrThrow({ where: { tenantId: plan.tenantId, name: "崔茜" } });
    const expected = await ownerDb().task.findMany({ where: { planId: plan.id, leaders: { some: { personId: cuiqian.id } } }, orderBy: { position: "asc" } });
    expect(expected.length).toBeGreaterThan(2);
    const { rows } = readRows((await exportPlan(plan.id, `?leaderId=${cuiqian.id}&unitId=&q=`)).workbook);
    expect(rows.map((r) => r["序号"])).toEqual(expected.map((t) => t.number));
    expect(rows.every((r) => String(r["责任领导"]).includes("崔茜"))).toBe(true);

    const { rows: byText } = readRows((await exportPlan(plan.id, `?q=${encodeURIComponent("疫情防控")}`)).workbook);
    expect(byText.map((r) => r["任务"])).toEqual(["加强疫情防控"]);

    const bad = await get(planLedger, `/api/v1/plans/${plan.id}/ledger.xlsx?leaderId=nope`, { id: plan.id });
    expect(bad.status).toBe(400);
  });

  it("lists the plan's own indicator table after the tasks, unless tasks are filtered", async () => {
    await signInAs("xingqing.staff");
    const fiveYear = await planOf("xingqing", /十四五/);
    const tableCount = await ownerDb().indicator.count({ where: { planId: fiveYear.id, taskId: null } });
    expect(tableCount).toBeGreaterThan(5);
    const { rows } = readRows((await exportPlan(fiveYear.id)).workbook);
    const table = rows.filter((r) => r["所属部分"] === "主要指标");
    expect(table).toHaveLength(tableCount);
    expect(rows.slice(-tableCount)).toEqual(table);
    expect(table.find((r) => r["指标"] === "普惠性学前教育覆盖率")).toMatchObject({ 序号: null, 任务: null, 目标值: "≥86%（2025年）" });
    const { rows: filtered } = readRows((await exportPlan(fiveYear.id, "?q=%E5%AD%A6%E5%89%8D")).workbook);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.some((r) => r["所属部分"] === "主要指标")).toBe(false);
  });

  it("exports a unit's tasks across plans with a 所属规划 column", async () => {
    await signInAs("jinfeng.staff");
    const unit = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: plan.tenantId, name: "教研室" } });
    const response = await get(unitLedger, `/api/v1/units/${unit.id}/ledger.xlsx`, { id: unit.id });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(encodeURIComponent("教研室-工作台账.xlsx"));
    const { headers, rows } = readRows(await load(await response.arrayBuffer()));
    expect(headers).toEqual(["所属规划", ...HEADERS]);
    const taskCount = await ownerDb().task.count({ where: { tenantId: plan.tenantId, units: { some: { orgUnitId: unit.id } } } });
    expect(rows.filter((r) => r["任务"]).length).toBe(taskCount);
    expect(rows.every((r) => r["所属规划"])).toBe(true);
  });

  it("answers 401 without a session and 404 for foreign, missing and malformed ids", async () => {
    signOut();
    expect((await get(planLedger, `/api/v1/plans/${plan.id}/ledger.xlsx`, { id: plan.id })).status).toBe(401);
    await signInAs("jinfeng.admin");
    const foreign = await planOf("helan", /质量提升/);
    const foreignUnit = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: foreign.tenantId } });
    for (const [handler, id] of [
      [planLedger, foreign.id],
      [planLedger, "00000000-0000-4000-8000-000000000000"],
      [planLedger, "not-a-uuid"],
      [unitLedger, foreignUnit.id],
    ] as const) {
      const response = await get(handler, `/api/v1/x/${id}/ledger.xlsx`, { id });
      expect({ status: response.status, body: await response.json() }).toEqual({ status: 404, body: { error: "记录不存在或无权访问" } });
    }
    await signInAs("yinchuan.viewer");
    // A city's own tenant holds no plans: plans:read is not the city viewer's (decision 0028).
    expect((await get(planLedger, `/api/v1/plans/${plan.id}/ledger.xlsx`, { id: plan.id })).status).toBe(403);
  });
});

describe("ledger import", () => {
  const actualCount = () => ownerDb().indicatorActual.count({ where: { tenantId: plan.tenantId } });
  const auditCount = () => ownerDb().auditEvent.count({ where: { tenantId: plan.tenantId, action: "actuals.import" } });

  it("accepts good rows, refuses bad ones with a reason each, and writes only the good ones", async () => {
    await signInAs("jinfeng.staff");
    const { workbook } = await exportPlan(plan.id);
    const { sheet, headers, rows } = readRows(workbook);
    const col = (h: string) => headers.indexOf(h) + 1;
    const rowOf = (indicatorId: string) => rows.find((r) => r["指标ID"] === indicatorId)!.rowNumber;
    const set = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [h, v] of Object.entries(values)) sheet.getRow(row).getCell(col(h)).value = v;
    };
    const foreign = await ownerDb().indicator.findFirstOrThrow({ where: { tenantId: await tenantIdOf("helan") } });
    const otherPlan = await ownerDb().indicator.findFirstOrThrow({ where: { tenantId: plan.tenantId, NOT: { planId: plan.id } } });

    set(rowOf(resourceRooms.id), { 实际值: "8" });
    set(rowOf(teacherStudios.id), { 实际值: 18, 截至日期: day("2022-12-31") });
    set(rowOf(partyPoints.id), { 实际值: "很多" });
    // Rows appended below the exported ones, as a user would add them.
    const extra = (n: number, values: Record<string, ExcelJS.CellValue>) => set(sheet.rowCount + n, values);
    const base = sheet.rowCount;
    extra(1, { 指标ID: foreign.id, 实际值: 5 });
    extra(1, { 指标ID: randomUUID(), 实际值: 5 });
    extra(1, { 指标ID: "abc", 实际值: 5 });
    extra(1, { 指标ID: otherPlan.id, 实际值: 1 });
    extra(1, { 指标ID: enrolment.id, 实际值: "97.5%", 截至日期: "2022/9/30" });
    extra(1, { 指标ID: enrolment.id, 实际值: 98, 截至日期: "2022-09-30" });
    extra(1, { 指标ID: enrolment.id, 实际值: 0.99, 截至日期: "2099-01-01" });
    extra(1, { 指标ID: partyPoints.id });

    const before = await actualCount();
    const result = await importLedgerActualsAction(null, importForm(plan.id, Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(result).toMatchObject({ ok: true, message: "已导入 3 条实际值；7 行未导入，请查看下表中的原因" });
    if (!result.ok) return;
    const byRow = new Map(result.data.rows.map((r) => [r.row, r]));
    expect(byRow.get(rowOf(resourceRooms.id))).toMatchObject({
      status: "accepted",
      value: 8,
      asOf: formatDate(todayInChina()),
      indicator: "设立专门资源教室的学校",
    });
    expect(byRow.get(rowOf(teacherStudios.id))).toMatchObject({ status: "accepted", value: 18, asOf: "2022-12-31" });
    expect(byRow.get(rowOf(partyPoints.id))).toMatchObject({ status: "refused", reason: "实际值不是数字：“很多”" });
    // The approved 96.5 exported with its date is not recorded twice.
    expect(byRow.get(rowOf(enrolment.id))).toMatchObject({ status: "skipped", reason: "与已有实际值相同，未重复记录" });
    expect([base + 1, base + 2, base + 3, base + 4, base + 5, base + 6, base + 7].map((r) => [byRow.get(r)?.status, byRow.get(r)?.reason])).toEqual([
      ["refused", "指标不存在或无权访问"],
      ["refused", "指标不存在或无权访问"],
      ["refused", "指标ID格式不正确"],
      ["refused", "该指标不属于本规划"],
      ["accepted", "已记录"],
      ["refused", `与第 ${base + 5} 行重复（同一指标、同一截至日期）`],
      ["refused", "截至日期不能晚于今天"],
    ]);
    expect(byRow.get(base + 8)).toMatchObject({ status: "skipped", reason: "未填写实际值" });
    expect(result.data).toMatchObject({ accepted: 3, refused: 7, skipped: 2 });
    // Task rows without an indicator are not data rows at all.
    expect(result.data.rows.every((r) => r.indicatorId)).toBe(true);

    expect(await actualCount()).toBe(before + 3);
    const staff = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.staff" } });
    const written = await ownerDb().indicatorActual.findMany({ where: { tenantId: plan.tenantId, enteredById: staff.id }, orderBy: { createdAt: "asc" } });
    expect(written.map((a) => [a.indicatorId, Number(a.value), formatDate(a.asOf), a.reviewState, a.reportId])).toEqual([
      [resourceRooms.id, 8, formatDate(todayInChina()), "approved", null],
      [teacherStudios.id, 18, "2022-12-31", "approved", null],
      [enrolment.id, 97.5, "2022-09-30", "approved", null],
    ]);
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { tenantId: plan.tenantId, action: "actuals.import" } });
    expect(audit).toMatchObject({ entityType: "plan", entityId: plan.id, actorUserId: staff.id, after: { fileName: "台账.xlsx", accepted: 3, refused: 7 } });
    expect((audit.after as { actualIds: string[] }).actualIds.sort()).toEqual(written.map((a) => a.id).sort());

    // The next export shows the imported values; importing it again records nothing new.
    const again = await exportPlan(plan.id);
    const exported = readRows(again.workbook).rows;
    expect(exported.find((r) => r["指标ID"] === enrolment.id)).toMatchObject({ 实际值: 97.5, 截至日期: day("2022-09-30") });
    expect(exported.find((r) => r["指标ID"] === resourceRooms.id)).toMatchObject({ 实际值: 8 });
    const repeat = await importLedgerActualsAction(null, importForm(plan.id, Buffer.from(await again.workbook.xlsx.writeBuffer())));
    expect(repeat).toMatchObject({ ok: true, message: "没有导入任何实际值", data: { accepted: 0, refused: 0 } });
    expect(await actualCount()).toBe(before + 3);
  });

  it("reads a percent-formatted cell as the percentage shown", async () => {
    await signInAs("jinfeng.admin");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["指标", "实际值", "截至日期", "指标ID"]);
    sheet.addRow(["入学率", 0.965, "2022-03-31", enrolment.id]).getCell(2).numFmt = "0.0%";
    // A literal "%" after the number is not a percent format: 96 shown as "96%", not scaled.
    sheet.addRow(["入学率", 96, "2022-04-30", enrolment.id]).getCell(2).numFmt = '0"%"';
    // It still says "%": into a 个 indicator it is refused (decision 0027).
    sheet.addRow(["名师工作室", 21, "2022-04-30", teacherStudios.id]).getCell(2).numFmt = '0"%"';
    const result = await importLedgerActualsAction(null, importForm(plan.id, Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(result).toMatchObject({
      ok: true,
      data: {
        accepted: 2,
        rows: [
          { row: 2, status: "accepted", value: 96.5 },
          { row: 3, status: "accepted", value: 96 },
          { row: 4, status: "refused", value: 21, reason: "实际值是百分数（21%），与指标单位“个”不一致" },
        ],
      },
    });
  });

  it("refuses an unreadable file as a whole and writes nothing", async () => {
    await signInAs("jinfeng.staff");
    const before = [await actualCount(), await auditCount()];
    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet("Sheet1").addRow(["随便", "写点", 12]);
    const noIdColumn = new ExcelJS.Workbook();
    noIdColumn.addWorksheet("工作台账").addRows([
      ["序号", "指标", "实际值"],
      [1, "入学率", 97],
    ]);
    const cases: [Uint8Array | Buffer, string][] = [
      [randomBytes(2048), "文件不是 Excel 工作簿（.xlsx）：请上传从本系统导出并填写的工作台账"],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2048)]), "无法读取该文件：请上传 Excel 工作簿（.xlsx）"],
      [Buffer.from(await noHeader.xlsx.writeBuffer()), "未找到台账表头：请使用本系统导出的工作台账，并保留“指标ID”“实际值”等表头"],
      [Buffer.from(await noIdColumn.xlsx.writeBuffer()), "表头缺少“指标ID”列：请使用本系统导出的工作台账"],
    ];
    for (const [bytes, message] of cases) {
      expect(await importLedgerActualsAction(null, importForm(plan.id, bytes))).toMatchObject({ ok: false, message });
    }
    expect(await importLedgerActualsAction(null, importForm(plan.id, new Uint8Array(0)))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["请选择要导入的 .xlsx 文件（文件为空）"] },
    });
    expect(await importLedgerActualsAction(null, importForm(plan.id, new Uint8Array(5 * 1024 * 1024 + 1)))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["文件过大：不能超过 5 MB"] },
    });
    const foreign = await planOf("helan", /质量提升/);
    const { workbook } = await exportPlan(plan.id);
    expect(await importLedgerActualsAction(null, importForm(foreign.id, Buffer.from(await workbook.xlsx.writeBuffer())))).toMatchObject({
      ok: false,
      message: "规划不存在或无权访问",
    });
    expect([await actualCount(), await auditCount()]).toEqual(before);
  });

  it("is refused to reporters, leaders and city viewers", async () => {
    await signInAs("jinfeng.staff");
    const bytes = Buffer.from(await (await exportPlan(plan.id)).workbook.xlsx.writeBuffer());
    for (const username of ["jinfeng.reporter", "jinfeng.leader", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await importLedgerActualsAction(null, importForm(plan.id, bytes))).toEqual({ ok: false, message: "您没有执行此操作的权限" });
    }
    signOut();
    expect(await importLedgerActualsAction(null, importForm(plan.id, bytes))).toEqual({ ok: false, message: "登录已失效，请重新登录" });
  });
});
