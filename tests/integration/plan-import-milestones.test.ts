// A task table that plans each task's stages (一季度 … 四季度), or a deadline written as stages, imports them as
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

describe("stages on import", () => {
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

  it("written in a .txt's 时间节点 (3月底前完成方案；6月底前完成组建), become the milestones too", async () => {
    await signInAs("huiji.admin");
    const text = [
      "测试区教育局2026年工作要点",
      "一、推进集团化办学",
      "1.深化紧密型教育集团建设。完善集团章程。时间节点：3月底前完成方案制定；6月底前完成集团组建；12月底前完成年度评估。责任单位：基础教育科。",
    ].join("\n");
    const form = new FormData();
    form.set("file", new File([text], "工作要点.txt"));
    const preview = await previewPlanImportAction(null, form);
    if (!preview.ok) throw new Error(preview.message);
    const result = await confirmPlanImportAction(null, { plan: preview.data.parsed, sourceText: preview.data.sourceText });
    if (!result.ok) throw new Error(result.message);
    const [task] = await ownerDb().task.findMany({
      where: { planId: result.data.planId },
      select: { deadlineText: true, dueDate: true, milestones: { orderBy: { position: "asc" }, select: { title: true, dueDate: true } } },
    });
    const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
    expect([task?.deadlineText, day(task?.dueDate ?? null)]).toEqual(["12月底前", "2026-12-31"]);
    expect(task?.milestones.map((m) => [m.title, day(m.dueDate)])).toEqual([
      ["完成方案制定", "2026-03-31"],
      ["完成集团组建", "2026-06-30"],
      ["完成年度评估", "2026-12-31"],
    ]);
  });
});
