// The import review's deadline: shown as written beside the date it resolved to,
// ongoing as 长期/持续, and a bad date caught before the server sees it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DraftTaskCard } from "@/components/plans/import/draft-task-card";
import { allDraftTasks, describeIssuePath, draftProblems, toDraft, updateTask } from "@/lib/plans/import/draft";
import { parsePlanText } from "@/lib/plans/parser";

const draft = toDraft(
  parsePlanText(`测试区教育局2025年工作要点

一、办好学前教育
1.扩大普惠资源
工作举措：新建幼儿园3所。
完成时限：2025年12月底
2.加强师德师风建设
工作举措：开展师德专题教育。
完成时限：长期坚持
3.推进集团化办学
工作举措：组建教育集团2个。
`),
);
const tasks = allDraftTasks(draft.sections);
const card = (i: number) =>
  renderToStaticMarkup(createElement(DraftTaskCard, { task: tasks[i]!, warnings: [], onUpdate: () => {}, selected: false, onToggle: () => {} })).replace(
    /<!-- -->/g,
    "",
  );

describe("import review: 完成时限", () => {
  it("each task card shows the date and the deadline as written, 长期/持续 for ongoing, 未写明 without one", () => {
    expect(card(0)).toContain('完成时限 </span>2025-12-31<span class="text-slate-500">（原文：2025年12月底）');
    expect(card(1)).toContain("长期/持续");
    expect(card(1)).toContain("（原文：长期坚持）");
    expect(card(2)).toContain("未写明");
  });

  it("a bad date is a Chinese problem naming the task before confirming", () => {
    expect(draftProblems(draft)).toEqual([]);
    const bad = updateTask(draft, tasks[2]!.key, (t) => ({ ...t, dueDate: "2025-02-30" }));
    expect(draftProblems(bad)).toEqual(["任务 3：完成日期格式应为 年-月-日"]);
    expect(describeIssuePath("plan.sections.0.tasks.2.dueDate")).toBe("第1部分 › 第3项任务 › 完成日期");
    const long = updateTask(draft, tasks[0]!.key, (t) => ({ ...t, deadline: "按上级要求".repeat(120) }));
    expect(draftProblems(long)).toEqual(["任务 1：完成时限原文不能超过 500 字"]);
  });
});
