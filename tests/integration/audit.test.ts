// The audit trail: a bureau admin reads the tenant's whole history (audit
// events, task status changes, report events) on /admin/audit, filters it and
// exports it as .xlsx; deleting a plan or task keeps its history in the
// deletion's audit event; nobody can rewrite the trail; nobody else reads it.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as auditExport } from "@/app/api/v1/audit.xlsx/route";
import { auditFilterSchema, type AuditFilter } from "@/lib/audit/filter";
import { getAuditEvent } from "@/lib/audit/get-audit-event";
import { listAuditEvents } from "@/lib/audit/list-audit";
import { readTenant, withTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { deletePlanAction, deleteTaskAction } from "@/lib/plans/editing/actions";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { reviewReportAction, submitReportAction } from "@/lib/reports/actions";
import { updateTaskStatusAction } from "@/lib/tasks/actions";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";
import { openPeriodFor, tenantSessionOf } from "@/tests/support/reporting";

const REPORT_TEXT = "季度进展：完成专题部署";
const STATUS_NOTE = "按计划推进";

let tenantId: string;
let plan: { id: string; title: string };
let keptTask: { id: string; number: number; title: string };
let deletedTask: { id: string; title: string };
let staffId: string;
let adminId: string;
let auditRowsBeforeDeletion: number;

async function setStatus(taskId: string, progress: number, note = STATUS_NOTE) {
  const { version } = await ownerDb().task.findUniqueOrThrow({ where: { id: taskId } });
  const result = await updateTaskStatusAction(null, { taskId, status: "in_progress", progress, note, version });
  expect(result).toMatchObject({ ok: true });
}

const feed = async (filter: Partial<AuditFilter> = {}) => {
  const admin = await tenantSessionOf("jinfeng.admin");
  return readTenant(admin, (tx) => listAuditEvents(tx, admin.tenant.tenantId, auditFilterSchema.parse(filter)));
};

beforeAll(async () => {
  const opened = await openPeriodFor("jinfeng", /教育工作要点/);
  tenantId = opened.tenantId;
  plan = opened.plan;
  const tasks = await ownerDb().task.findMany({ where: { planId: plan.id }, orderBy: { position: "asc" } });
  const slot = await ownerDb().reportSlot.findFirstOrThrow({ where: { periodId: opened.periodId }, include: { task: true } });
  keptTask = slot.task;
  deletedTask = tasks.find((t) => t.id !== keptTask.id)!;

  ({ userId: staffId } = await signInAs("jinfeng.staff"));
  await setStatus(keptTask.id, 30);
  await setStatus(deletedTask.id, 10);
  const submitted = await submitReportAction({
    slotId: slot.id,
    summary: REPORT_TEXT,
    progress: 40,
    problems: "",
    nextSteps: "",
    version: 0,
    submitKey: randomUUID(),
  });
  expect(submitted).toMatchObject({ ok: true });
  // Enough status changes on another plan's task for the feed to need a second page.
  const other = await ownerDb().task.findFirstOrThrow({ where: { tenantId, NOT: { planId: plan.id } } });
  for (let i = 1; i <= 22; i++) await setStatus(other.id, i, `第 ${i} 次更新`);
  // A report on the plan that stays, so report events outlive the deletion too.
  const reporterUnit = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
  const period = await ownerDb().reportingPeriod.create({
    data: {
      tenantId,
      planId: other.planId,
      label: "2022年第4季度",
      startsOn: new Date("2022-10-01"),
      endsOn: new Date("2022-12-31"),
      dueOn: new Date("2023-01-05"),
    },
  });
  const keptSlot = await ownerDb().reportSlot.create({
    data: { tenantId, periodId: period.id, taskId: other.id, orgUnitId: reporterUnit, unitRole: "responsible", dueOn: period.dueOn },
  });
  await signInAs("jinfeng.reporter");
  const kept = await submitReportAction({
    slotId: keptSlot.id,
    summary: "留存的报告",
    progress: 20,
    problems: "",
    nextSteps: "",
    version: 0,
    submitKey: randomUUID(),
  });
  expect(kept).toMatchObject({ ok: true });

  ({ userId: adminId } = await signInAs("jinfeng.admin"));
  const report = await ownerDb().report.findFirstOrThrow({ where: { slotId: slot.id } });
  expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "同意", version: report.version })).toMatchObject({ ok: true });
  expect(await deleteTaskAction(null, { taskId: deletedTask.id })).toMatchObject({ ok: true });
  auditRowsBeforeDeletion = await ownerDb().auditEvent.count({ where: { tenantId } });
  expect(await deletePlanAction(null, { planId: plan.id, confirm: "on" })).toMatchObject({ ok: true });
});

describe("deleting a plan or task keeps its history", () => {
  it("removes the rows, but the deletion's audit event holds the status changes, reports and report events", async () => {
    // The cascade did run: the history tables no longer hold the plan's rows.
    expect(await ownerDb().taskStatusEvent.count({ where: { taskId: { in: [keptTask.id, deletedTask.id] } } })).toBe(0);
    expect(await ownerDb().report.count({ where: { summary: REPORT_TEXT } })).toBe(0);

    const page = await feed({ object: plan.id });
    const planDeletion = page.items.find((r) => r.action === "plan.delete")!;
    expect(planDeletion).toMatchObject({ entityId: plan.id, title: plan.title, hasSnapshot: true, actorUserId: adminId });
    expect(page.items.find((r) => r.action === "task.delete")).toMatchObject({ entityId: deletedTask.id, title: deletedTask.title, hasSnapshot: true });

    // Without an object filter the page reads the deleted plan's title from the event of the rows it shows.
    expect((await feed({ action: "plan.delete" })).items.map((r) => [r.title, r.hasSnapshot, r.detail.before])).toEqual([
      [plan.title, true, expect.objectContaining({ title: plan.title, history: expect.objectContaining({ tasks: expect.any(Number) }) })],
    ]);
    expect(JSON.stringify(planDeletion.detail)).not.toContain(REPORT_TEXT);

    const admin = await tenantSessionOf("jinfeng.admin");
    const detail = await readTenant(admin, (tx) => getAuditEvent(tx, tenantId, planDeletion.id));
    expect(detail.snapshot!.plan).toMatchObject({ id: plan.id, title: plan.title });
    const task = detail.snapshot!.tasks.find((t) => t.id === keptTask.id)!;
    expect(task.statusEvents.map((e) => [e.toProgress, e.note, e.actorUserId])).toEqual([[30, STATUS_NOTE, staffId]]);
    const reported = task.slots.find((s) => s.report)!.report!;
    expect(reported).toMatchObject({ summary: REPORT_TEXT, status: "approved", reviewComment: "同意" });
    expect(reported.events.map((e) => [e.action, e.actorUserId])).toEqual([
      ["submit", staffId],
      ["approve", adminId],
    ]);
    expect(detail.actorNames[staffId]).toBe("金凤区教育局工作人员");
    expect(detail.event.before).toMatchObject({ title: plan.title, history: { statusEvents: 1, reports: 1, reportEvents: 2 } });
    expect(detail.event.before).not.toHaveProperty("snapshot");

    const taskDetail = await readTenant(admin, (tx) => getAuditEvent(tx, tenantId, page.items.find((r) => r.action === "task.delete")!.id));
    expect(taskDetail.snapshot!.tasks.map((t) => [t.id, t.statusEvents.map((e) => e.toProgress)])).toEqual([[deletedTask.id, [10]]]);
  });

  it("cannot lose audit rows: no cascade reaches them and the app role cannot update or delete them", async () => {
    expect(await ownerDb().auditEvent.count({ where: { tenantId } })).toBe(auditRowsBeforeDeletion + 1);
    // Only the tenant row is referenced, so deleting a plan or task can never cascade into the trail.
    const fks = await ownerDb().$queryRaw<{ target: string }[]>`
      SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE conrelid = 'audit_events'::regclass AND contype = 'f'`;
    expect(fks.map((f) => f.target)).toEqual(["tenants"]);
    const admin = await tenantSessionOf("jinfeng.admin");
    await expect(withTenant(admin, (tx) => tx.auditEvent.deleteMany({ where: { tenantId } }))).rejects.toThrow(/permission denied/);
    await expect(withTenant(admin, (tx) => tx.auditEvent.updateMany({ where: { tenantId }, data: { action: "x" } }))).rejects.toThrow(/permission denied/);
  });
});

describe("the audit page's data", () => {
  it("filters by action, person, object type, object title and date range", async () => {
    const statusChanges = await feed({ action: "task.status" });
    expect(statusChanges.total).toBe(await ownerDb().taskStatusEvent.count({ where: { tenantId } }));
    expect(statusChanges.items.every((r) => r.action === "task.status" && r.entityType === "task")).toBe(true);

    // The staff's changes to the deleted plan went with it (they live on in its snapshot); the other plan's 22 remain.
    const byStaff = await feed({ person: "工作人员" });
    expect(byStaff.total).toBe(22);
    expect(byStaff.items.every((r) => r.actorUserId === staffId)).toBe(true);
    expect((await feed({ person: "jinfeng.admin" })).items.every((r) => r.actorUserId === adminId)).toBe(true);

    const reports = await feed({ entityType: "report" });
    expect(reports.items.length).toBeGreaterThan(0);
    expect(reports.items.every((r) => r.entityType === "report" && r.action.startsWith("report."))).toBe(true);

    const byTitle = await feed({ object: plan.title.slice(-8) });
    expect(byTitle.items.map((r) => r.action)).toContain("plan.delete");

    const today = formatDate(todayInChina());
    const yesterday = formatDate(new Date(todayInChina().getTime() - 86_400_000));
    const fromToday = await feed({ from: today, action: "plan.delete" });
    expect(fromToday.items.map((r) => r.entityId)).toContain(plan.id);
    expect((await feed({ to: yesterday, action: "plan.delete" })).total).toBe(0);
    expect((await feed({ from: today, to: today, person: "工作人员" })).total).toBe(byStaff.total);
  });

  it("pages through the whole feed: audit events, status changes and report events", async () => {
    const all = await feed();
    const expected =
      (await ownerDb().auditEvent.count({ where: { tenantId } })) +
      (await ownerDb().taskStatusEvent.count({ where: { tenantId } })) +
      (await ownerDb().reportEvent.count({ where: { tenantId } }));
    expect(all.total).toBe(expected);
    expect(all.pageCount).toBeGreaterThan(1);
    const second = await feed({ page: 2 });
    expect(all.items).toHaveLength(20);
    const firstIds = new Set(all.items.map((r) => r.id));
    expect(second.items.some((r) => firstIds.has(r.id))).toBe(false);
    // Newest first across the three sources.
    const times = [...all.items, ...second.items].map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

async function exportRows(query: string) {
  const response = await auditExport(new Request(`http://localhost/api/v1/audit.xlsx${query}`), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("审计日志")!;
  const headers = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let r = 3; r <= sheet.rowCount; r++) rows.push(Object.fromEntries(headers.map((h, i) => [h, sheet.getRow(r).getCell(i + 1).text])));
  return { title: sheet.getCell("A1").text, headers, rows };
}

describe("the audit export", () => {
  it("holds exactly the filtered rows, in Chinese", async () => {
    await signInAs("jinfeng.admin");
    const { title, headers, rows } = await exportRows(`?action=task.status&person=${encodeURIComponent("工作人员")}`);
    expect(title).toContain("金凤区教育局 审计日志");
    expect(headers).toEqual(["时间", "操作人", "操作", "对象类型", "对象", "对象ID", "摘要", "变更前", "变更后"]);
    const listed = await feed({ action: "task.status", person: "工作人员" });
    expect(rows).toHaveLength(listed.total);
    expect(rows.every((r) => r["操作"] === "更新任务状态" && r["操作人"] === "金凤区教育局工作人员" && r["对象类型"] === "任务")).toBe(true);
    expect(rows.map((r) => r["摘要"])).toContain("状态 未启动 → 推进中，进度 0% → 1%（第 1 次更新）");

    const deletion = await exportRows(`?object=${plan.id}&action=plan.delete`);
    expect(deletion.rows).toHaveLength(1);
    expect(deletion.rows[0]).toMatchObject({ 操作: "删除规划", 对象: plan.title, 对象ID: plan.id });
    expect(deletion.rows[0]!["摘要"]).toContain("删除前的完整记录已保存：任务");
  });

  it("is refused to everyone but the bureau admin", async () => {
    for (const username of ["jinfeng.staff", "jinfeng.leader", "jinfeng.reporter", "yinchuan.viewer"]) {
      await signInAs(username);
      const response = await auditExport(new Request("http://localhost/api/v1/audit.xlsx"), { params: Promise.resolve({}) });
      expect({ username, status: response.status }).toEqual({ username, status: 403 });
    }
    signOut();
    expect((await auditExport(new Request("http://localhost/api/v1/audit.xlsx"), { params: Promise.resolve({}) })).status).toBe(401);
  });

  it("never shows another bureau's trail", async () => {
    const jinfengDeletion = (await feed({ action: "plan.delete" })).items[0]!.id;
    const xingqing = await tenantSessionOf("xingqing.admin");
    const { rows } = await exportRows(`?object=${plan.id}`);
    expect(rows).toEqual([]);
    await expect(readTenant(xingqing, (tx) => getAuditEvent(tx, xingqing.tenant.tenantId, jinfengDeletion))).rejects.toBeInstanceOf(NotFoundError);
  });
});
