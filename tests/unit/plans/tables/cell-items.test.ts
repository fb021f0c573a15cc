// A 责任清单 cell lists its measures one a line (1.… / 2.…), often with no
// closing mark: each is a measure of its own, and a target quotes only its own.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, textDocument } from "@/lib/plans/parser";
import { allTasks, titledTable } from "../load-document";

const doc = (cell: string) =>
  titledTable("柳城县教育局2026年重点工作责任清单", [
    ["序号", "工作任务", "具体举措", "责任领导", "牵头股室", "完成时限"],
    ["1", "深化清廉学校建设", cell, "韦志强", "机关党委", "2026年11月底前"],
  ]);

describe("measures listed one a line in a cell", () => {
  it("are apart, each with its own targets", () => {
    const [task] = allTasks(parsePlanDocument(doc("1.制定清廉学校建设评价标准\n2.每年创建清廉学校示范校5所\n3.开展廉洁文化进校园活动")));
    expect(task?.measures).toEqual(["1.制定清廉学校建设评价标准；", "2.每年创建清廉学校示范校5所；", "3.开展廉洁文化进校园活动"]);
    expect(task?.targets.map((t) => t.text)).toEqual(["每年创建清廉学校示范校5所"]);
  });

  it("takes 3.2025年… for item 3 and its year, not for the number 3.2025", () => {
    const [task] = allTasks(parsePlanDocument(doc("1.增加学位供给；\n2.控制起始年级班额；\n3.2025年秋季学期前消除大班额。")));
    expect(task?.measures).toEqual(["1.增加学位供给；", "2.控制起始年级班额；", "3.2025年秋季学期前消除大班额。"]);
  });

  it("keeps a sentence that a line break only wraps whole", () => {
    const [task] = allTasks(parsePlanDocument(doc("制定清廉学校建设评价标准，每年创建示范校\n5所，开展廉洁文化进校园活动。")));
    expect(task?.measures).toEqual(["制定清廉学校建设评价标准，每年创建示范校5所，开展廉洁文化进校园活动。"]);
  });
});

describe("a task cell merged down over rows of its own measures", () => {
  it("keeps each row's measure, units and leader apart rather than gluing the rows", () => {
    const above = { text: "提升课后服务水平", merged: "above" as const };
    const [task, ...rest] = allTasks(
      parsePlanDocument(
        titledTable("某县2025年教育重点任务分解表", [
          ["重点任务", "具体措施", "责任领导", "责任单位", "完成时限"],
          ["提升课后服务水平", "课后服务有需求学生参与率达到95%", "李明", "基教股、各中小学", "2025年6月底前"],
          { cells: [above, { text: "建立课后服务资源库" }, { text: "王芳" }, { text: "基教股" }, { text: "2025年9月底前" }] },
        ]),
      ),
    );
    expect(rest).toEqual([]);
    expect(task?.measures).toEqual(["课后服务有需求学生参与率达到95%", "建立课后服务资源库"]);
    expect(task?.leaders).toEqual(["李明", "王芳"]);
    expect(task?.units.map((u) => u.name)).toEqual(["基教股", "各中小学"]);
    expect(task?.targets.map((t) => t.text)).toEqual(["课后服务有需求学生参与率达到95%"]);
    expect(task?.deadline).toBe("2025年6月底前；2025年9月底前");
  });
});

describe("a row a .txt wrapped onto the next line, its task cell left empty", () => {
  it("goes on mid-sentence: one measure, and a unit's name broken by the wrap is whole again", () => {
    const text = [
      "某县2025年重点工作分解表",
      "序号\t重点任务\t具体措施\t责任单位",
      "1\t规范校外培训\t开展校外培训机构专项治理，无证\t基础教育股、县市场",
      "\t\t培训机构动态清零\t监管局",
    ].join("\n");
    const [task] = allTasks(parsePlanDocument(textDocument(text)));
    expect(task?.measures).toEqual(["开展校外培训机构专项治理，无证培训机构动态清零"]);
    expect(task?.units.map((u) => u.name)).toEqual(["基础教育股", "县市场监管局"]);
  });
});

describe("leaders and units one a line in a cell", () => {
  const row = (leaders: string, units: string) =>
    allTasks(
      parsePlanDocument(
        titledTable("领导批示件办理台账", [
          ["序号", "批示内容", "批示领导", "承办科室", "办理时限"],
          ["1", "请抓紧研究落实校车安全管理工作。", leaders, units, "2025年3月31日"],
        ]),
      ),
    ).map((t) => ({ leaders: t.leaders, units: t.units.map((u) => `${u.role}:${u.name}`) }));

  it("a unit's role bracket at a line's end ends its name; the day a leader signed is no leader", () => {
    expect(row("局长 蒋文涛\n2025.1.6", "基础教育科（牵头）\n督导室（配合）")).toEqual([
      { leaders: ["蒋文涛"], units: ["lead:基础教育科", "cooperate:督导室"] },
    ]);
    expect(row("蒋文涛\n2025年1月6日", "基础教育科\n督导室")).toEqual([{ leaders: ["蒋文涛"], units: ["responsible:基础教育科", "responsible:督导室"] }]);
  });
});

describe("a post in a leaders cell", () => {
  it("is warned about, as in prose: 分管副局长 is no leader the platform can hold to account", () => {
    const plan = parsePlanDocument(
      titledTable("督办事项清单", [
        ["序号", "督办事项", "承办单位", "办结时限", "责任人"],
        ["1", "学校专职保安配备", "各区教育局", "2025年5月31日", "分管副局长"],
        ["2", "校园护学岗全覆盖", "各区教育局", "2025年4月30日", "王建国"],
      ]),
    );
    expect(plan.warnings.map((w) => w.message)).toEqual(["表格1第2行的责任领导“分管副局长”不像人名，请核对"]);
  });

  it("各区教育局分管副局长: the office written before the post does the work", () => {
    const [task] = allTasks(
      parsePlanDocument(
        titledTable("督办事项清单", [
          ["序号", "督办事项", "办结时限", "责任人"],
          ["1", "校园护学岗全覆盖", "2025年4月30日", "各区教育局分管副局长"],
        ]),
      ),
    );
    expect([task?.units.map((u) => u.name), task?.leaders]).toEqual([["各区教育局"], ["分管副局长"]]);
  });
});
