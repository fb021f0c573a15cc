// Deadlines arrive (issue 13): 完成时限 as written in a plan document becomes
// the task's due date when imported, the review can correct it, and a past due
// date shows 逾期 where users see the task.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { getPrisma } from "@/lib/db/client";
import { confirmPlanImportAction, previewPlanImportAction } from "@/lib/plans/import/actions";
import { importPlanFile } from "@/lib/plans/import/import-plan-file";
import type { ParsedPlan, PlanTask } from "@/lib/plans/parser";
import { getTask } from "@/lib/plans/queries/get-task";
import { listTasks } from "@/lib/plans/queries/list-tasks";
import { TaskHeader } from "@/components/tasks/task-header";
import { TaskRow } from "@/components/plans/task-row";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

const PLAN = (year: number, tag: string) => `测试区教育局${year}年工作要点（${tag}）

一、办好学前教育
1.扩大普惠资源
工作举措：新建幼儿园3所。
责任单位：学前科
完成时限：${year}年12月底
2.推进集团化办学
工作举措：组建教育集团2个。
牵头单位：基教科
3.加强师德师风建设
工作举措：开展师德专题教育。
完成时限：长期坚持
`;

const OVERDUE = `data-testid="task-overdue"`;
const bytes = (text: string) => new TextEncoder().encode(text);

async function storedTasks(planId: string) {
  return ownerDb().task.findMany({
    where: { planId },
    orderBy: { position: "asc" },
    select: { id: true, title: true, dueDate: true, deadlineText: true, ongoing: true },
  });
}

function tasksOf(plan: ParsedPlan): PlanTask[] {
  return plan.sections.flatMap((s) => s.tasks);
}

describe("deadlines arrive", () => {
  it("importing a document with 完成时限：2025年12月底 stores due date 2025-12-31 and the text as written; a task without one stores none", async () => {
    const result = await importPlanFile(ownerDb(), "huiji", "要点.txt", bytes(PLAN(2025, "时限")));
    const tasks = await storedTasks(result.planId);
    expect(tasks.map((t) => [t.title, t.dueDate?.toISOString().slice(0, 10) ?? null, t.deadlineText, t.ongoing])).toEqual([
      ["扩大普惠资源", "2025-12-31", "2025年12月底", false],
      ["推进集团化办学", null, null, false],
      ["加强师德师风建设", null, "长期坚持", true],
    ]);
  });

  it("a past due date shows 逾期 on the task page and in task lists until the task is completed", async () => {
    const tenantId = await tenantIdOf("huiji");
    const result = await importPlanFile(ownerDb(), "huiji", "要点.txt", bytes(PLAN(2020, "往年")));
    const [past, none, ongoing] = await storedTasks(result.planId);
    const page = (id: string) =>
      openTenantTransaction(getPrisma(), { tenantId, userId: null }, async (tx) =>
        renderToStaticMarkup(createElement(TaskHeader, { task: await getTask(tx, tenantId, id), canEdit: false })),
      );

    const header = await page(past!.id);
    expect(header).toContain("完成时限 2020-12-31");
    expect(header).toContain("2020年12月底");
    expect(header).toContain(OVERDUE);
    expect(header).toMatch(/task-overdue"[^>]*>逾期</);
    expect(await page(none!.id)).not.toContain("完成时限");
    const ongoingHeader = await page(ongoing!.id);
    expect(ongoingHeader).toContain("长期/持续");
    expect(ongoingHeader).not.toContain(OVERDUE);

    const rows = await openTenantTransaction(getPrisma(), { tenantId, userId: null }, async (tx) => {
      const listed = await listTasks(tx, { tenantId, userId: "" }, { plan: result.planId, overdue: false, mine: false, page: 1 });
      return listed.items.map((t) => renderToStaticMarkup(createElement(TaskRow, { task: t })));
    });
    // A row says it once: the 红灯 badge, not a 逾期 chip beside it; the ongoing row says 持续/无时限 once.
    expect(rows.filter((r) => r.includes(`data-light="red"`))).toHaveLength(1);
    expect(rows.filter((r) => r.includes(OVERDUE))).toHaveLength(0);
    const ongoingRow = rows.find((r) => r.includes("加强师德师风建设"))!;
    expect(ongoingRow.match(/持续/g)).toHaveLength(1);

    // 销号 (closedAt) ends 逾期 just as it ends the red light.
    await ownerDb().task.update({ where: { id: past!.id }, data: { closedAt: new Date("2025-10-08T03:00:00Z") } });
    const closed = await page(past!.id);
    expect(closed).not.toContain(OVERDUE);
    expect(closed).toContain("已于 2025年10月8日 办结销号");
    await ownerDb().task.update({ where: { id: past!.id }, data: { closedAt: null } });
    expect(await page(past!.id)).toContain(OVERDUE);
    await ownerDb().task.update({ where: { id: past!.id }, data: { status: "completed", progress: 100 } });
    expect(await page(past!.id)).not.toContain(OVERDUE);
  });

  it("the review's corrected date is what is stored, and a bad date is refused in Chinese", async () => {
    await signInAs("huiji.admin");
    const form = new FormData();
    form.set("file", new File([bytes(PLAN(2026, "预览"))], "要点.txt", { type: "text/plain" }));
    const preview = await previewPlanImportAction(null, form);
    if (!preview.ok) throw new Error(preview.message);
    const parsed = preview.data.parsed;
    expect(tasksOf(parsed).map((t) => [t.deadline, t.dueDate, t.ongoing])).toEqual([
      ["2026年12月底", "2026-12-31", false],
      [null, null, false],
      ["长期坚持", null, true],
    ]);

    const withDate = (dueDate: string) => ({
      ...parsed,
      sections: parsed.sections.map((s) => ({ ...s, tasks: s.tasks.map((t, i) => (i === 1 ? { ...t, dueDate } : t)) })),
    });
    const bad = await confirmPlanImportAction(null, { plan: withDate("2026-02-30"), sourceText: preview.data.sourceText });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && JSON.stringify(bad.fieldErrors)).toContain("完成日期格式应为 年-月-日");

    const good = await confirmPlanImportAction(null, { plan: withDate("2026-09-30"), sourceText: preview.data.sourceText });
    if (!good.ok) throw new Error(good.message);
    const tasks = await storedTasks(good.data.planId);
    expect(tasks.map((t) => t.dueDate?.toISOString().slice(0, 10) ?? null)).toEqual(["2026-12-31", "2026-09-30", null]);
  });
});
