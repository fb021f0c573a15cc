// A Word table saved as text (另存为 → 纯文本): cells apart by tabs, a cell of
// several paragraphs over several lines, without quotes.
import { describe, expect, it } from "vitest";
import { documentText, parsePlanDocument, textDocument } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const FILE = [
  "皋兰县2026年教育重点工作任务分解表",
  "",
  "序号\t重点任务\t责任领导\t牵头科室\t配合单位\t完成时限",
  "1\t新建县城第二幼儿园，设置",
  "12个班，新增学位360个\t副局长",
  "李红\t计划财务科\t基础教育科、",
  "县住建局\t2026年8月",
  "31日前",
  "2\t公开招聘中小学教师80名\t张明\t教师工作科\t组织人事科\t2026年7月",
  "3\t开展校外培训机构专项治理，",
  "无证机构动态清零\t张明\t基础教育科\t县市场监管局、",
  "各乡镇等\t持续推进",
  "",
  "皋兰县教育局",
].join("\r\n");

describe("a Word table saved as a text file", () => {
  it("joins a row broken over several lines, its breaks kept inside the cells, and reads each row as one task", () => {
    const tasks = allTasks(parsePlanDocument(textDocument(FILE)));
    expect(tasks.map((t) => [t.title, t.leaders, t.units.map((u) => `${u.role}:${u.name}`), t.deadline])).toEqual([
      ["新建县城第二幼儿园，设置12个班，新增学位360个", ["李红"], ["lead:计划财务科", "cooperate:基础教育科", "cooperate:县住建局"], "2026年8月31日前"],
      ["公开招聘中小学教师80名", ["张明"], ["lead:教师工作科", "cooperate:组织人事科"], "2026年7月"],
      ["开展校外培训机构专项治理，无证机构动态清零", ["张明"], ["lead:基础教育科", "cooperate:县市场监管局", "cooperate:各乡镇"], "持续推进"],
    ]);
  });

  it("keeps the lines after the table where they are in the file", () => {
    const text = documentText(textDocument(FILE)).split("\n");
    expect(text.length).toBe(FILE.split(/\r\n/).length);
    expect(text.at(-1)).toBe("皋兰县教育局");
  });

  it("leaves lines alone whose tabs never make up a row before a blank line, and prose with a stray tab", () => {
    const lines = ["序号\t任务\t单位\t时限", "1\t推进集团化办学\t基教科", "", "领导小组办公室设在基教科。", "局长\t张三"];
    const blocks = textDocument(lines.join("\n")).blocks;
    expect(blocks.filter((b) => b.kind === "paragraph").map((b) => b.kind === "paragraph" && b.text)).toContain("领导小组办公室设在基教科。");
    expect(documentText({ format: "txt", blocks }).split("\n")).toEqual(lines);
  });
});
