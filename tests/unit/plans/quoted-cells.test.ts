// A task table copied out of Excel into a text file: tab-separated, a cell of
// several lines in quotes with its line breaks inside.
import { describe, expect, it } from "vitest";
import { documentText, parsePlanDocument, textDocument } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const FILE = [
  "原州区教育局2025年重点工作任务清单",
  "",
  "序号\t重点任务\t具体措施\t责任领导\t牵头科室\t完成时限",
  '1\t推进学前教育普惠发展\t"1.新建公办幼儿园2所，新增学位540个；\n2.普惠性幼儿园覆盖率达到91%以上。"\t刘海燕\t学前教育科\t2025年12月',
  '2\t加强教师队伍建设\t招聘教师60名。\t周建国\t"人事科\n教师发展中心"\t2025年9月',
  '3\t"开展""书香校园""建设"\t建设书香校园10所。\t周建国\t基教科\t2025年6月',
  "",
  "原州区教育局",
].join("\r\n");

describe("a table pasted from Excel into a text file", () => {
  it("reads a quoted cell of several lines as one cell, and each row as one task", () => {
    const tasks = allTasks(parsePlanDocument(textDocument(FILE)));
    expect(tasks.map((t) => [t.title, t.measures, t.units.map((u) => u.name), t.dueDate])).toEqual([
      ["推进学前教育普惠发展", ["1.新建公办幼儿园2所，新增学位540个；", "2.普惠性幼儿园覆盖率达到91%以上。"], ["学前教育科"], "2025-12-31"],
      ["加强教师队伍建设", ["招聘教师60名。"], ["人事科", "教师发展中心"], "2025-09-30"],
      ['开展"书香校园"建设', ["建设书香校园10所。"], ["基教科"], "2025-06-30"],
    ]);
    expect(tasks[0]?.targets.map((t) => t.value)).toEqual([2, 540, 91]);
  });

  it("keeps the lines after the table where they are in the file", () => {
    const text = documentText(textDocument(FILE)).split("\n");
    expect(text.length).toBe(FILE.split(/\r\n|\n/).length);
    expect(text.at(-1)).toBe("原州区教育局");
  });

  it("a stray quote that never closes leaves the lines as they are", () => {
    const lines = ["序号\t任务\t单位", '1\t"推进集团化办学\t基教科', "2\t规范办学\t督导室"];
    expect(textDocument(lines.join("\n")).blocks).toEqual([{ kind: "table", rows: lines.map((l) => ({ cells: l.split("\t").map((text) => ({ text })) })) }]);
  });
});

describe("a task cell that names its problem behind 问题：", () => {
  it("is titled by the problem, as a numbered item is", () => {
    const plan = parsePlanDocument(
      textDocument("某局整改任务清单\n序号\t整改任务\t责任单位\n1\t问题：学习流于形式。整改措施：制定学习计划。\t办公室\n2\t问题：制度落实不到位。\t财务股"),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["学习流于形式", "制度落实不到位"]);
    const problems = parsePlanDocument(textDocument("某局整改清单\n序号\t存在问题\t整改措施\t责任单位\n1\t问题：学习流于形式\t制定学习计划\t办公室"));
    expect(allTasks(problems).map((t) => t.title)).toEqual(["学习流于形式"]);
  });
});
