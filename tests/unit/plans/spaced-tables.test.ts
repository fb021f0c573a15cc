// A table printed to text (pdftotext -layout, a page copied out of a viewer):
// its columns aligned with runs of spaces instead of tabs.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, textDocument } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

describe("a table whose columns are aligned with spaces in a text file", () => {
  it("joins a cell wrapped onto the next line, indented to its column, to its row; later lines keep their numbers", () => {
    const text = [
      "宁远县2025年“双减”工作重点任务清单",
      "",
      "序号    工作任务                              责任单位              完成时限",
      "1       开展校外培训机构专项治理，无证        县教育局、县市场      2025年6月底前",
      "        培训机构动态清零                      监管局",
      "2       推进作业管理改革，作业公示率达到      各中小学校            每学期",
      "        100%",
      "3       完善课后服务经费保障机制              县教育局、县财政局    2025年9月",
      "",
      "一、工作要求",
      "各单位要高度重视。",
    ].join("\n");
    const plan = parsePlanDocument(textDocument(text));
    expect(allTasks(plan).map((t) => [t.title, t.units.map((u) => u.name), t.deadline])).toEqual([
      ["开展校外培训机构专项治理，无证培训机构动态清零", ["县教育局", "县市场监管局"], "2025年6月底前"],
      ["推进作业管理改革，作业公示率达到100%", ["各中小学校"], "每学期"],
      ["完善课后服务经费保障机制", ["县教育局", "县财政局"], "2025年9月"],
    ]);
    expect(plan.planText.find((b) => b.title === "工作要求")?.line).toBe(10);
    expect(plan.warnings).toEqual([]);
  });

  it("reads an indicator table, a long Chinese cell leaving one space before the next column", () => {
    const plan = parsePlanDocument(
      textDocument(
        [
          "某县“十四五”教育事业发展规划",
          "第一章 发展目标",
          "到2025年，全县教育现代化水平明显提升。",
          "表1  “十四五”教育发展主要指标",
          "指标名称                2020年     2025年     属性",
          "学前三年毛入园率（%）   88.5       92         预期性",
          "普惠性幼儿园覆盖率（%） 85.2       86         约束性",
          "九年义务教育巩固率（%）　　96.1　　97　　约束性",
          "第二章 主要任务",
          "一、推进学前教育普及普惠",
          "新建幼儿园5所。",
        ].join("\n"),
      ),
    );
    expect(plan.indicators.map((i) => [i.name, i.baseline?.value, i.target?.value, i.attribute])).toEqual([
      ["学前三年毛入园率", 88.5, 92, "预期性"],
      ["普惠性幼儿园覆盖率", 85.2, 86, "约束性"],
      ["九年义务教育巩固率", 96.1, 97, "约束性"],
    ]);
    expect(allTasks(plan).map((t) => t.title)).toEqual(["推进学前教育普及普惠"]);
  });

  it("reads a task table, and leaves lines of labels spaced apart, numbered lines between them and prose with two spaces alone", () => {
    const plan = parsePlanDocument(
      textDocument(
        [
          "某区教育局2025年重点工作任务清单",
          "序号  重点任务              牵头科室      完成时限",
          "1     推进学前教育普惠发展  学前教育科    2025年12月",
          "2     加强教师队伍建设      人事科        2025年9月",
          "二、其他工作",
          "3. 加强校园安全。",
          "责任领导：李明    责任单位：安全股",
          "开展隐患排查  每月一次。",
          "4. 推进集团化办学",
          "牵头单位：基教科    配合单位：人事科    完成时限：6月底",
          "责任领导：张三    分管领导：李四    督办领导：王五",
          "5. 扩大学前资源",
          "牵头单位：学前科    配合单位：计财科    完成时限：9月底",
        ].join("\n"),
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.leaders, t.units.map((u) => u.name), t.dueDate])).toEqual([
      ["推进学前教育普惠发展", [], ["学前教育科"], "2025-12-31"],
      ["加强教师队伍建设", [], ["人事科"], "2025-09-30"],
      ["加强校园安全", ["李明"], ["安全股"], null],
      ["推进集团化办学", ["张三", "李四", "王五"], ["基教科", "人事科"], "2025-06-30"],
      ["扩大学前资源", [], ["学前科", "计财科"], "2025-09-30"],
    ]);
  });
});

describe("a spaced table's group rows and cells", () => {
  it("keeps chapter lines between rows as the table's groups, and reads times and ratios as cells", () => {
    const tasks = parsePlanDocument(
      textDocument(
        [
          "XX县教育局2025年重点工作任务清单",
          "序号    重点任务    责任单位    完成时限",
          "一、学前教育",
          "1    新建幼儿园3所    计财股    2025年9月底",
          "2    扩大普惠学位    学前股    2025年12月底",
          "二、义务教育",
          "3    推进集团化办学    基教股    2025年9月底",
        ].join("\n"),
      ),
    );
    expect(tasks.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.units.map((u) => u.name), t.dueDate])])).toEqual([
      [
        "学前教育",
        [
          ["新建幼儿园3所", ["计财股"], "2025-09-30"],
          ["扩大普惠学位", ["学前股"], "2025-12-31"],
        ],
      ],
      ["义务教育", [["推进集团化办学", ["基教股"], "2025-09-30"]]],
    ]);
    const ratios = textDocument(["指标    2024年    2025年目标", "师生比    1:15    1:14", "生均面积    12    13"].join("\n"));
    expect(ratios.blocks.map((b) => b.kind)).toEqual(["table"]);
  });

  it("ends a table at a chapter line over the next table's header, and leaves a spaced table of contents to the TOC", () => {
    const plan = parsePlanDocument(
      textDocument(
        [
          "某县教育规划",
          "目录",
          "第一章    发展目标    1",
          "第二章    重点任务    3",
          "第一章 发展目标",
          "指标    2020年    2025年",
          "学前三年毛入园率（%）    90    95",
          "第二章 重点任务",
          "序号    任务    责任单位",
          "1    新建幼儿园    计财股",
          "2    扩大学位    学前股",
        ].join("\n"),
      ),
    );
    expect(plan.indicators.map((i) => i.name)).toEqual(["学前三年毛入园率"]);
    expect(allTasks(plan).map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
      ["新建幼儿园", ["计财股"]],
      ["扩大学位", ["学前股"]],
    ]);
  });
});
