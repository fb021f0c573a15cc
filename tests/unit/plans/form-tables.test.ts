// A 督办单 drawn as a form (label cells beside their values) is one task.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readDocxBlocks } from "@/lib/files/docx-reader.mjs";
import { MAX_DOCUMENT_CHARS } from "@/lib/files/parse-jobs";
import { docxDocument } from "@/lib/plans/import/docx-document";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument, type PlanDocument, type TableBlock } from "@/lib/plans/parser";
import { docxFromDocument } from "@/tests/support/docx";
import { allTasks } from "./load-document";

const table = (...rows: (string | [string, "left" | "above"])[][]): TableBlock => ({
  kind: "table",
  rows: rows.map((cells) => ({ cells: cells.map((c) => (typeof c === "string" ? { text: c } : { text: c[0], merged: c[1] })) })),
});
const paragraph = (text: string) => ({ kind: "paragraph" as const, text });
const word = (...blocks: PlanDocument["blocks"]): PlanDocument => ({ format: "docx", blocks });
const taskRows = (doc: PlanDocument) =>
  allTasks(parsePlanDocument(doc)).map((t) => [t.number, t.title, t.measures, t.leaders, t.units.map((u) => u.name), t.dueDate]);

describe("a 督办单 drawn as a form", () => {
  it("reads a Word form of four columns, its item row merged across and its slots left blank, as one task, through the .docx reader", async () => {
    const slip = word(
      paragraph("金凤区教育局督办单"),
      table(
        ["序号", "7", "交办日期", "2025年3月1日"],
        ["督办事项", "推进第二幼儿园建设", ["推进第二幼儿园建设", "left"], ["推进第二幼儿园建设", "left"]],
        ["责任领导", "张三", "承办单位", "计财科"],
        ["办理要求", "9月底前投入使用，新增学位270个", ["9月底前投入使用，新增学位270个", "left"], ["9月底前投入使用，新增学位270个", "left"]],
        ["办结时限", "2025年9月30日", "联系电话", ""],
        ["办理结果", "", "", ""],
      ),
    );
    const read = docxDocument(await readDocxBlocks(await docxFromDocument(slip), { maxChars: MAX_DOCUMENT_CHARS }));
    expect(taskRows(read)).toEqual([[7, "推进第二幼儿园建设", ["9月底前投入使用，新增学位270个"], ["张三"], ["计财科"], "2025-09-30"]]);
  });

  it("counts a form among the document's tables: the task table after it is still 表格2", () => {
    const plan = parsePlanDocument(
      word(table(["督办事项", "推进第二幼儿园建设"], ["承办单位", "计财科"]), table(["序号", "重点任务", "责任单位"], ["1", "新建第十小学", "计财股"])),
    );
    expect(allTasks(plan).map((t) => [t.title, t.source])).toEqual([
      ["推进第二幼儿园建设", { line: 1 }],
      ["新建第十小学", { table: 2, row: 2 }],
    ]);
  });

  it("reads a value that goes on in the next row, under a blank or merged label cell", () => {
    const merged = table(["督办事项", "推进第二幼儿园建设"], ["办理要求", "6月底前主体完工"], [["办理要求", "above"], "新增学位270个"], ["承办单位", "计财科"]);
    const blank = table(["督办事项", "推进第二幼儿园建设"], ["办理要求", "6月底前主体完工"], ["", "新增学位270个"], ["承办单位", "计财科"]);
    for (const form of [merged, blank])
      expect(taskRows(word(paragraph("督办单"), form))).toEqual([[1, "推进第二幼儿园建设", ["6月底前主体完工；新增学位270个"], [], ["计财科"], null]]);
  });

  it("numbers a form's task on after the items written before it", () => {
    const form = table(["督办事项", "推进集团化办学"], ["责任单位", "基础教育科"]);
    expect(taskRows(word(paragraph("督办事项清单"), paragraph("1. 完成教师招聘"), paragraph("责任单位：人事科"), form)).map((r) => [r[0], r[1]])).toEqual([
      [1, "完成教师招聘"],
      [2, "推进集团化办学"],
    ]);
  });

  it("stays fast on a long two-column table whose label cells are blank", () => {
    // Each continuing row once read the whole value so far: 20 000 rows took 15 s.
    const rows: (string | [string, "left" | "above"])[][] = [["类别", "学校名称"], ...Array.from({ length: 40_000 }, (_, i) => ["", `第${i}小学`])];
    const started = Date.now();
    parsePlanDocument(word(paragraph("学校名单"), table(...rows)));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("reads one form per item as one task each, numbered in turn", () => {
    const form = (item: string, unit: string) => table(["督办事项", item], ["责任单位", unit], ["完成时间", "2025年12月"]);
    expect(taskRows(word(paragraph("督办事项清单"), form("完成教师招聘", "人事科"), paragraph(""), form("推进集团化办学", "基础教育科")))).toEqual([
      [1, "完成教师招聘", [], [], ["人事科"], "2025-12-31"],
      [2, "推进集团化办学", [], [], ["基础教育科"], "2025-12-31"],
    ]);
  });

  it("leaves a blank form (labels over empty rows) alone: it is no task", () => {
    const blank = table(["督办事项", "责任单位", "完成时限", "责任领导"], ["", "", "", ""], ["", "", "", ""]);
    const tasks = taskRows(word(paragraph("督办事项清单"), paragraph("1. 完成教师招聘。责任单位：人事科"), paragraph("督办事项反馈表"), blank));
    expect(tasks.map((r) => r[1])).toEqual(["完成教师招聘"]);
  });

  it("leaves a table with a header row over records to its recogniser, even with an even number of columns", () => {
    const breakdown = table(
      ["序号", "督办事项", "承办单位", "办结时限"],
      ["1", "完成教师招聘", "人事科", "2025年8月"],
      ["2", "推进集团化办学", "基础教育科", "2025年12月"],
    );
    expect(taskRows(word(paragraph("2025年督办事项清单"), breakdown)).map((r) => [r[1], r[4]])).toEqual([
      ["完成教师招聘", ["人事科"]],
      ["推进集团化办学", ["基础教育科"]],
    ]);
  });
});

describe("a 督办单 kept as an Excel sheet", () => {
  it("is one task, its particulars and blank reply slots left out", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("督办单");
    ws.addRow(["金凤区教育局督办单"]);
    ws.mergeCells("A1:D1");
    ws.addRow(["督办编号", "2025-07", "交办日期", "2025年7月1日"]);
    ws.addRow(["督办事项", "推进第二幼儿园建设"]);
    ws.mergeCells("B3:D3");
    ws.addRow(["责任领导", "张三", "承办单位", "计财科"]);
    ws.addRow(["办理要求", "9月底前投入使用"]);
    ws.mergeCells("B5:D5");
    ws.addRow(["办结时限", "2025年9月30日", "联系电话", ""]);
    ws.addRow(["办理结果", ""]);
    ws.mergeCells("B7:D7");
    const { document: doc } = await readPlanFile("督办单.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(taskRows(doc)).toEqual([[1, "推进第二幼儿园建设", ["9月底前投入使用"], ["张三"], ["计财科"], "2025-09-30"]]);
  });
});

describe("a 任务书 of one form per task, each under its caption", () => {
  it("takes 任务二 above a form as the form's number, not as more of the deadline before it", () => {
    const form = (item: string, deadline: string) => table(["任务名称", item], ["责任领导", "刘建国"], ["牵头单位", "计财股"], ["完成时限", deadline]);
    const doc = word(
      paragraph("某县强校提质攻坚行动任务书"),
      paragraph("任务一"),
      form("县城学位扩容工程", "2027年8月底前"),
      paragraph("任务二"),
      form("乡村学校改善工程", "2026年12月底前"),
    );
    const tasks = allTasks(parsePlanDocument(doc));
    expect(tasks.map((t) => [t.number, t.title, t.deadline, t.dueDate])).toEqual([
      [1, "县城学位扩容工程", "2027年8月底前", "2027-08-31"],
      [2, "乡村学校改善工程", "2026年12月底前", "2026-12-31"],
    ]);
  });

  it("drops the document's title printed again over each form (one 督办单 a sheet), not a measure of the form before", () => {
    const form = (item: string) =>
      table(["督办事项", item], ["责任领导", "副局长 马国强"], ["牵头单位", "人事股"], ["办结时限", "2025年7月15日"], ["督查室意见", "请按时限办结并反馈。"]);
    const title = "静宁县教育局重点工作督办单";
    const sheets = [paragraph(title), form("完成特岗教师招聘"), paragraph(title), form("开展食品安全专项整治")];
    const plan = parsePlanDocument({ format: "xlsx", blocks: sheets });
    expect(plan.title).toBe(title);
    expect(allTasks(plan).map((t) => [t.title, t.measures])).toEqual([
      ["完成特岗教师招聘", ["督查室意见：请按时限办结并反馈。"]],
      ["开展食品安全专项整治", ["督查室意见：请按时限办结并反馈。"]],
    ]);
  });

  it("takes a card's label (任务卡1, 督办单2) the same way, neither the preamble nor a measure of the card before", () => {
    const form = (item: string, measure: string) => table(["任务名称", item], ["主要措施", measure], ["牵头单位", "安全管理科"]);
    const plan = parsePlanDocument(
      word(
        paragraph("新城区教育局2025年重点任务推进卡"),
        paragraph("任务卡1"),
        form("加强校园安全管理", "每学期开展应急演练不少于2次。"),
        paragraph("任务卡2"),
        form("完善学生资助体系", "按学期开展资助对象认定复核。"),
      ),
    );
    expect(allTasks(plan).map((t) => [t.number, t.title, t.measures])).toEqual([
      [1, "加强校园安全管理", ["每学期开展应急演练不少于2次。"]],
      [2, "完善学生资助体系", ["按学期开展资助对象认定复核。"]],
    ]);
    expect(plan.preamble).toBe("");
    expect(plan.warnings).toEqual([]);
  });
});
