// One 督办通知单 typed out (or OCRed) as text: its fields around one 督办事项 line, its requirements
// numbered 1. 2. 3. under 督办要求. It is one task, as the same slip drawn as a form table is.
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const read = (text: string) =>
  allTasks(parsePlanText(text)).map((t) => ({
    title: t.title,
    measures: t.measures,
    leaders: t.leaders,
    units: t.units.map((u) => u.name),
    deadline: t.deadline,
  }));

const SLIP = [
  "天水市教育局",
  "督查督办通知单",
  "督办编号：TJD-2025-012",
  "交办日期：2025年4月7日",
  "承办单位：秦州区教育局、麦积区教育局",
  "督办事项：加快推进中小学校食堂改造提升项目建设进度",
  "督办要求：1.倒排工期、挂图作战，确保6月底前完成主体改造。",
  "2.每月25日前将项目进展情况报送市教育局督查室。",
  "3.对进度滞后于序时进度20%以上的，约谈主要负责同志。",
  "办结时限：2025年8月31日",
  "督办领导：刘建华",
];

const TASK = {
  title: "加快推进中小学校食堂改造提升项目建设进度",
  measures: [
    "1.倒排工期、挂图作战，确保6月底前完成主体改造。",
    "2.每月25日前将项目进展情况报送市教育局督查室。",
    "3.对进度滞后于序时进度20%以上的，约谈主要负责同志。",
  ],
  leaders: ["刘建华"],
  units: ["秦州区教育局", "麦积区教育局"],
  deadline: "2025年8月31日",
};

describe("a 督办通知单 as text", () => {
  it("is one task: the 督办事项 its title, the units above it its own, the numbered requirements its measures", () => {
    const plan = parsePlanText(SLIP.join("\n"));
    expect(read(SLIP.join("\n"))).toEqual([TASK]);
    expect(plan.warnings).toEqual([]);
  });

  it("reads the same when a scan wrapped the item and the requirements mid-sentence", () => {
    const wrapped = [
      ...SLIP.slice(0, 5),
      "督办事项：加快推进中小学校食堂改造提升项目建",
      "设进度",
      "督办要求：1.倒排工期、挂图作战，确保6月底前完成主体",
      "改造。",
      "2.每月25日前将项目进展情况报送市教育局督查室。",
      "3.对进度滞后于序时进度20%以上的，约谈主要负责同",
      "志。",
      ...SLIP.slice(9),
    ];
    expect(read(wrapped.join("\n"))).toEqual([TASK]);
  });

  it("leaves a slip whose requirements are numbered items of their own (under 具体要求如下：) as it was", () => {
    const text = [
      "某市教育局督查督办通知单",
      "督办事项：做好春季开学工作",
      "承办单位：各学校",
      "办结时限：2025年3月10日",
      "具体要求如下：",
      "1.开展安全检查。",
      "2.做好疫情防控。",
    ].join("\n");
    const titles = allTasks(parsePlanText(text)).map((t) => t.title);
    expect(titles).not.toContain("做好春季开学工作");
    expect(titles).toEqual(["开展安全检查", "做好疫情防控"]);
  });

  it("leaves a plan whose one 存在问题 line sits among numbered tasks as it was", () => {
    const text = [
      "某校2025年师资建设方案",
      "工作目标：建设高素质教师队伍。",
      "存在问题：教师队伍结构不优",
      "1.引进骨干教师。责任单位：人事处",
      "2.开展教师培训。责任单位：教务处",
    ].join("\n");
    expect(allTasks(parsePlanText(text)).map((t) => t.title)).toEqual(["引进骨干教师", "开展教师培训"]);
  });

  it("leaves a plan whose items are numbered as it was: one 督办事项 line among them is no slip", () => {
    const plan = ["某县教育局2025年工作要点", "一、重点工作", "1.推进课后服务。", "督办事项：课后服务全覆盖", "责任单位：基础教育股", "完成时限：2025年9月"];
    expect(read(plan.join("\n")).map((t) => t.title)).toEqual(["推进课后服务"]);
  });
});
