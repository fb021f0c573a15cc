// A 巡察整改方案 writes each problem as 问题1：… over its 整改措施 / 责任人 /
// 整改时限 labels, under （一）…方面 headings, between 整改工作目标 and
// 整改工作要求, and is signed by the 党组.
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "../load-document";

const PLAN = [
  "中共某县教育局党组关于县委巡察组反馈意见整改工作方案",
  "一、整改工作目标",
  "确保2026年6月底前全部整改到位，整改完成率达到100%。",
  "二、整改任务及措施",
  "（一）落实党中央决策部署方面",
  "问题1：义务教育优质均衡推进较慢，现有56人以上大班额23个。",
  "整改措施：加快嘉山小学建设，消除56人以上大班额。",
  "责任领导：刘志华",
  "责任单位：计划财务科",
  "整改时限：2026年8月31日前",
  "问题2：教育收费管理不规范，涉及金额2.3万元。",
  "整改措施：对违规收取的费用全部清退。",
  "责任领导：周建新",
  "责任单位：纪检监察室",
  "整改时限：已完成",
  "三、整改工作要求",
  "（一）加强组织领导。成立整改工作领导小组。",
  "（二）建立整改台账。实行销号管理。",
  "中共某县教育局党组",
  "2026年1月20日",
].join("\n");

describe("a 整改方案 whose problems are numbered 问题1：", () => {
  const plan = parsePlanText(PLAN);

  it("reads each problem as a task titled by the problem, with its own assignment", () => {
    expect(allTasks(plan).map((t) => [t.title, t.leaders, t.units.map((u) => u.name), t.deadline, t.status ?? null])).toEqual([
      ["义务教育优质均衡推进较慢，现有56人以上大班额23个", ["刘志华"], ["计划财务科"], "2026年8月31日前", null],
      ["教育收费管理不规范，涉及金额2.3万元", ["周建新"], ["纪检监察室"], null, "completed"],
    ]);
  });

  it("takes no target from what a problem says is wrong", () => {
    expect(allTasks(plan).flatMap((t) => t.targets)).toEqual([]);
  });

  it("keeps the goals and the requirements as plan text, and the 党组 as the issuer", () => {
    expect(plan.planText.map((b) => [b.title, b.kind])).toEqual([
      ["整改工作目标", "goals"],
      ["整改工作要求", "safeguards"],
    ]);
    expect(plan.issuer).toBe("中共某县教育局党组");
    expect(plan.warnings).toEqual([]);
  });

  it("keeps a 问题描述 / 存在问题 / 具体表现 line under its item as the problem stated, first, and never takes its figures for targets", () => {
    const plan = parsePlanText(
      [
        "某县教育局关于巡察反馈问题的整改方案",
        "一、整改任务",
        "1.课后服务参与率偏低",
        "问题描述：全县课后服务学生参与率仅为41.3%，低于全市平均水平50%。",
        "整改措施：扩大课后服务覆盖面，2025年底参与率达到90%以上。",
        "责任单位：基础教育股",
        "2.教师培训不足",
        "具体表现：教师人均培训学时仅为36学时。",
        "整改措施：落实每人每年72学时培训。",
      ].join("\n"),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.targets.map((g) => `${g.comparator}${g.value}${g.unit}`)])).toEqual([
      [
        "课后服务参与率偏低",
        ["问题描述：全县课后服务学生参与率仅为41.3%，低于全市平均水平50%。", "扩大课后服务覆盖面，2025年底参与率达到90%以上。"],
        [">=90%"],
      ],
      ["教师培训不足", ["具体表现：教师人均培训学时仅为36学时。", "落实每人每年72学时培训。"], ["=72学时"]],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("问题1：its name。what it goes on to say: the problem described, first among the measures, its figures no targets", () => {
    const plan = parsePlanText(
      [
        "关于做好优质均衡督导评估反馈问题整改工作的通知",
        "一、问题清单及整改要求",
        "问题1：巩固率有待提高。初中三年巩固率为94.2%，未达到95%的标准。",
        "整改要求：落实控辍保学责任制，初中三年巩固率提高到96%以上。",
        "责任单位：基础教育股",
        "整改时限：2025年12月31日",
      ].join("\n"),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.targets.map((g) => `${g.comparator}${g.value}${g.unit}`)])).toEqual([
      ["巩固率有待提高", ["问题：初中三年巩固率为94.2%，未达到95%的标准。", "落实控辍保学责任制，初中三年巩固率提高到96%以上。"], [">=96%"]],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("问题2：its name。and the work to be done, with who does it: the work stays a measure, the people are read", () => {
    const plan = parsePlanText(
      ["某县教育局整改方案", "一、整改任务", "问题2：大班额问题突出。新建学校2所，2025年底前消除56人以上大班额。（责任领导：李娜；责任单位：计划财务股）"].join(
        "\n",
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.leaders, t.units.map((u) => u.name)])).toEqual([
      ["大班额问题突出", ["新建学校2所，2025年底前消除56人以上大班额。"], ["李娜"], ["计划财务股"]],
    ]);
  });

  it("takes numbered 整改措施 lines (1.…； 2.…。) as one measure each", () => {
    const plan = parsePlanText(
      [
        "某县教育局关于巡视反馈意见的整改方案",
        "一、落实立德树人根本任务方面",
        "问题1：思政课教师配备不足。",
        "整改措施：",
        "1.通过公开招聘等方式补充专职思政课教师；",
        "2.组织兼职思政课教师参加专项培训，培训率达到100%。",
        "责任股室：人事股",
      ].join("\n"),
    );
    expect(allTasks(plan).map((t) => t.measures)).toEqual([["1.通过公开招聘等方式补充专职思政课教师；", "2.组织兼职思政课教师参加专项培训，培训率达到100%。"]]);
  });
});
