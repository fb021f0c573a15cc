// A scanned table that OCR read one cell a line: the header's words one a
// line, then each row as its number alone on a line and its cells, long ones
// wrapped over several lines.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, textDocument } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const HEADER = ["序号", "反馈问题", "整改措施", "责任领导", "责任单位", "整改时限", "整改进展"];

function parse(lines: string[]) {
  return parsePlanDocument(textDocument(lines.join("\n")));
}

describe("a table read one cell a line", () => {
  it("rebuilds its rows: each wrapped cell whole, the problem the task, the rest in their columns; later lines keep their numbers", () => {
    const plan = parse([
      "2024年度市委巡察反馈问题整改台账",
      ...HEADER,
      "1",
      "学校食堂财务管理不规范，",
      "部分学校食堂账目未做到日",
      "清月结，个别学校存在白条",
      "入账现象。",
      "开展学校食堂财务专项检",
      "查，建立食堂经费收支台账，",
      "实行食堂财务公示制度。",
      "赵宏伟",
      "计划财务股、人事股",
      "2024年12月底",
      "已完成",
      "2",
      "义务教育阶段大班额问题",
      "仍然存在。",
      "新建学校，调整学区，",
      "逐步消除大班额。",
      "刘振东",
      "基础教育股",
      "2025年8月底",
      "持续推进",
      "-1-",
      "二、工作要求",
    ]);
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.leaders, t.units.map((u) => u.name), t.deadline, t.status])).toEqual([
      [
        "学校食堂财务管理不规范，部分学校食堂账目未做到日清月结，个别学校存在白条入账现象",
        ["开展学校食堂财务专项检查，建立食堂经费收支台账，实行食堂财务公示制度。"],
        ["赵宏伟"],
        ["计划财务股", "人事股"],
        "2024年12月底",
        "completed",
      ],
      ["义务教育阶段大班额问题仍然存在", ["新建学校，调整学区，逐步消除大班额。"], ["刘振东"], ["基础教育股"], "2025年8月底", "in_progress"],
    ]);
    expect(plan.planText.find((b) => b.title === "工作要求")?.line).toBe(31);
  });

  it("ends the last row at the plan's next chapter (三、保障措施), which stays the plan's text", () => {
    const plan = parse([
      ...HEADER.slice(0, 6),
      "1",
      "食堂账目不规范。",
      "开展专项检查。",
      "赵宏伟",
      "计划财务股",
      "2024年12月底",
      "三、保障措施",
      "加强组织领导。",
    ]);
    expect(allTasks(plan).map((t) => [t.title, t.leaders, t.deadline])).toEqual([["食堂账目不规范", ["赵宏伟"], "2024年12月底"]]);
    expect(plan.planText.map((b) => b.title)).toContain("保障措施");
  });

  it("leaves the lines as they were when a row has fewer lines than the header has cells (OCR dropped an empty cell)", () => {
    const lines = [...HEADER.slice(0, 6), "1", "食堂账目不规范。", "开展专项检查。", "赵宏伟", "2024年12月底"];
    expect(textDocument(lines.join("\n")).blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });

  it("leaves a list of words no table recogniser knows as lines", () => {
    const lines = ["序号", "姓名", "性别", "籍贯", "1", "李明", "男", "宁夏"];
    expect(textDocument(lines.join("\n")).blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });
});
