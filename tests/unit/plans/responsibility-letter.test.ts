// A 目标责任书: its 一、目标任务 names who answers for each target, so its items are tasks; its
// 考核奖惩 chapter is rules, and the two parties' signatures close it. A 规划's 主要目标,
// which names no one, stays the plan's targets.
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const LETTER = [
  "榆中县2025年度教育工作目标责任书",
  "一、目标任务",
  "1.高考本科上线率达到75%以上。（责任人：赵立群）",
  "2.学生体质健康测试优良率达到55%。（责任人：刘芳）",
  "二、考核奖惩",
  "1.考核结果分为优秀、良好、合格、不合格四个等次，作为绩效工资分配的重要依据。",
  "2.发生重大安全责任事故的，实行“一票否决”。",
  "三、其他",
  "本责任书一式两份，甲乙双方各执一份，自签订之日起生效。",
  "甲方：榆中县教育局（盖章）          乙方：榆中县第一中学（盖章）",
  "负责人：杨文博                      负责人：赵立群",
  "2025年2月20日                       2025年2月20日",
];

describe("a 目标责任书", () => {
  it("reads its targets as tasks with their leaders, its 考核奖惩 as plan text, and its signatures as the close", () => {
    const plan = parsePlanText(LETTER.join("\n"));
    expect(allTasks(plan).map((t) => [t.title, t.leaders, t.targets.map((x) => `${x.comparator}${x.value}${x.unit}`)])).toEqual([
      ["高考本科上线率达到75%以上", ["赵立群"], [">=75%"]],
      ["学生体质健康测试优良率达到55%", ["刘芳"], ["=55%"]],
    ]);
    expect(plan.planText.map((b) => [b.title, b.kind])).toEqual([["考核奖惩", "safeguards"]]);
    expect(plan.issueDate).toBe("2025-02-20");
    // The signatures' 负责人 are the parties', no chapter's leaders.
    expect(plan.sections.flatMap((s) => s.leaders ?? [])).toEqual([]);
  });

  it("a 主要目标 whose items name no one stays the plan's targets", () => {
    const plan = parsePlanText(
      [
        "某县教育事业发展“十五五”规划",
        "一、主要目标",
        "1.学前三年毛入园率达到95%。",
        "2.九年义务教育巩固率达到99%。",
        "二、主要任务",
        "1.扩大普惠资源。新建幼儿园5所。",
      ].join("\n"),
    );
    expect(plan.planText.map((b) => b.kind)).toContain("goals");
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩大普惠资源"]);
  });
});
