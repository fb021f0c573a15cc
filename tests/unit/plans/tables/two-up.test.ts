// A short task list printed two-up (序号 | 工作事项 | 责任科室 | 完成时限 twice in
// one header): every item is a task of its own, the right half's after the left's.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, type PlanDocument } from "@/lib/plans/parser";
import { LEFT, paragraphs, table } from "@/tests/support/plan-layouts";
import { allTasks } from "../load-document";

const doc = (grid: string[][]): PlanDocument => ({ format: "pdf", blocks: [...paragraphs("某区教育局2025年重点工作责任分工一览表"), table(grid)] });
const read = (plan: PlanDocument) => allTasks(parsePlanDocument(plan)).map((t) => [t.title, t.units.map((u) => u.name).join("、"), t.dueDate]);
const HEADER = ["序号", "工作事项", "责任科室", "完成时限"];

describe("a table printed two-up", () => {
  it("reads the left half's items, then the right half's, each with its own office and deadline", () => {
    const tasks = read(
      doc([
        [...HEADER, ...HEADER],
        ["1", "召开全区教育工作会议", "办公室", "2025年2月底前", "3", "开展秋季开学安全大检查", "安全管理科", "2025年9月10日前"],
        ["2", "启动中小学招生入学工作", "基础教育科", "2025年5月15日前", "", "", "", ""],
      ]),
    );
    expect(tasks).toEqual([
      ["召开全区教育工作会议", "办公室", "2025-02-28"],
      ["启动中小学招生入学工作", "基础教育科", "2025-05-15"],
      ["开展秋季开学安全大检查", "安全管理科", "2025-09-10"],
    ]);
  });

  it("also with an empty column between the halves, and with the header repeated on a later page", () => {
    const tasks = read(
      doc([
        [...HEADER, "", ...HEADER],
        ["1", "召开全区教育工作会议", "办公室", "2025年2月底前", "", "3", "开展秋季开学安全大检查", "安全管理科", "2025年9月10日前"],
        [...HEADER, "", ...HEADER],
        ["2", "启动中小学招生入学工作", "基础教育科", "2025年5月15日前", "", "4", "编制2026年教育经费预算", "计划财务科", "2025年11月30日前"],
      ]),
    );
    expect(tasks.map((t) => t[0])).toEqual(["召开全区教育工作会议", "启动中小学招生入学工作", "开展秋季开学安全大检查", "编制2026年教育经费预算"]);
  });

  it("under a title merged across the table (its text in every cell), still finds the two-up header", () => {
    const grid = [
      ["某区教育局2025年重点工作责任分工一览表", ...Array(7).fill(LEFT)],
      [...HEADER, ...HEADER],
      ["1", "召开全区教育工作会议", "办公室", "2025年2月底前", "2", "开展秋季开学安全大检查", "安全管理科", "2025年9月10日前"],
    ];
    expect(read({ format: "docx", blocks: [table(grid)] }).map((t) => t[0])).toEqual(["召开全区教育工作会议", "开展秋季开学安全大检查"]);
  });

  it("leaves a table alone whose header only repeats a word (一季度 | 二季度 are not two halves)", () => {
    const tasks = read(
      doc([
        ["序号", "工作任务", "责任单位", "完成时限", "备注"],
        ["1", "召开全区教育工作会议", "办公室", "2025年2月底前", ""],
      ]),
    );
    expect(tasks).toEqual([["召开全区教育工作会议", "办公室", "2025-02-28"]]);
  });
});
