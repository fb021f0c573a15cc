// A task table that plans each task's stages (一季度 … 四季度) imports them as
// the task's milestones, each due on its stage's last day, ready to be ticked
// off on the task page; a stage that names no date keeps its name.
import { describe, expect, it } from "vitest";
import { confirmPlanImportAction, previewPlanImportAction } from "@/lib/plans/import/actions";
import { docxFromDocument } from "@/tests/support/docx";
import { paragraphs, table } from "@/tests/support/plan-layouts";
import { ownerDb, signInAs } from "@/tests/support/db";

const PLAN = {
  format: "docx" as const,
  blocks: [
    ...paragraphs("测试区教育局2026年重点工作推进计划表"),
    table([
      ["序号", "重点任务", "责任单位", "一季度", "二季度", "三季度", "四季度", "第二阶段", "验收标准"],
      ["1", "新建公办幼儿园2所", "计财股", "完成选址", "开工建设", "", "投入使用", "", "新增学位540个"],
      ["2", "推进集团化办学", "计财股", "制定方案", "", "", "", "全面推开", ""],
    ]),
  ],
};

describe("a task table's stages on import", () => {
  it("become each task's milestones with due dates, and the last dated stage its deadline", async () => {
    await signInAs("huiji.admin");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(await docxFromDocument(PLAN))], "推进计划表.docx"));
    const preview = await previewPlanImportAction(null, form);
    if (!preview.ok) throw new Error(preview.message);
    const result = await confirmPlanImportAction(null, { plan: preview.data.parsed, sourceText: preview.data.sourceText });
    if (!result.ok) throw new Error(result.message);

    const tasks = await ownerDb().task.findMany({
      where: { planId: result.data.planId },
      orderBy: { position: "asc" },
      select: {
        title: true,
        goal: true,
        deadlineText: true,
        dueDate: true,
        milestones: { orderBy: { position: "asc" }, select: { position: true, title: true, dueDate: true, doneAt: true } },
      },
    });
    const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
    expect(tasks.map((t) => [t.title, t.goal, t.deadlineText, day(t.dueDate)])).toEqual([
      ["新建公办幼儿园2所", "新增学位540个", "四季度", "2026-12-31"],
      // 第二阶段 names no date: the task's deadline stays unset for the reviewer to fill.
      ["推进集团化办学", null, null, null],
    ]);
    expect(tasks.map((t) => t.milestones.map((m) => [m.position, m.title, day(m.dueDate), m.doneAt]))).toEqual([
      [
        [1, "完成选址", "2026-03-31", null],
        [2, "开工建设", "2026-06-30", null],
        [3, "投入使用", "2026-12-31", null],
      ],
      [
        [1, "制定方案", "2026-03-31", null],
        [2, "第二阶段：全面推开", null, null],
      ],
    ]);
  });
});
