// A plan lists its tasks in prose and assigns them in an annex table
// (附件1 重点任务分工表): each task is imported once, with what the table gives it.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, type PlanDocument } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const P = (text: string) => ({ kind: "paragraph" as const, text });
const table = (...rows: string[][]) => ({ kind: "table" as const, rows: rows.map((r) => ({ cells: r.map((text) => ({ text })) })) });

const plan = (): PlanDocument => ({
  format: "docx",
  blocks: [
    P("白沙县2026年“强师工程”实施方案"),
    P("一、主要任务"),
    P("1.开展师德主题教育。每学期开展一次师德师风专项检查。"),
    P("2.实施全员培训。全年培训教师3200人次。"),
    P("3.落实乡村教师生活补助。按月足额发放。（责任单位：计财股）"),
    P("附件1"),
    P("白沙县2026年“强师工程”重点任务分工表"),
    table(
      ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
      ["1", "开展师德主题教育", "人事股", "各学校", "每学期"],
      ["2", "实施全员培训。", "县教师进修学校", "人事股", "2026年12月底前"],
      ["3", "落实乡村教师生活补助", "人事股", "县财政局", "按月发放"],
      ["4", "建设县级名师工作室", "人事股", "", "2026年10月"],
    ),
  ],
});

describe("an annex table that assigns the tasks the plan lists", () => {
  it("gives each listed task its units and deadline once, and keeps a row the plan does not list", () => {
    const tasks = allTasks(parsePlanDocument(plan()));
    expect(tasks.map((t) => [t.title, t.units.map((u) => `${u.role}:${u.name}`), t.deadline, t.dueDate, t.ongoing])).toEqual([
      ["开展师德主题教育", ["lead:人事股", "cooperate:各学校"], "每学期", null, true],
      ["实施全员培训", ["lead:县教师进修学校", "cooperate:人事股"], "2026年12月底前", "2026-12-31", false],
      // The plan's own assignment stands; the table fills only what it lacks.
      ["落实乡村教师生活补助", ["responsible:计财股"], "按月发放", null, true],
      ["建设县级名师工作室", ["lead:人事股"], "2026年10月", "2026-10-31", false],
    ]);
    expect(tasks[0]?.measures).toEqual(["每学期开展一次师德师风专项检查。"]);
    expect(tasks[0]?.source).toEqual({ line: 3 });
  });

  it("drops the table's section when every row was a listed task", () => {
    const doc = plan();
    const last = doc.blocks.at(-1);
    if (last?.kind === "table") last.rows.pop();
    const parsed = parsePlanDocument(doc);
    expect(allTasks(parsed)).toHaveLength(3);
    expect(parsed.sections.map((s) => s.title)).toEqual(["主要任务"]);
  });

  it("a figure the row repeats in other words is one target, not two", () => {
    const doc: PlanDocument = {
      format: "docx",
      blocks: [
        P("白沙县2026年学前教育行动方案"),
        P("一、主要任务"),
        P("1.扩大普惠性资源。普惠性幼儿园覆盖率达到92%，新建幼儿园3所。"),
        P("附件1"),
        table(["序号", "重点任务", "目标", "牵头单位"], ["1", "扩大普惠性资源", "普惠率92%，新建幼儿园3所", "学前股"]),
      ],
    };
    const [task] = allTasks(parsePlanDocument(doc));
    expect(task!.targets.map((t) => `${t.comparator}${t.value}${t.unit}`)).toEqual(["=92%", "=3所"]);
  });
});
