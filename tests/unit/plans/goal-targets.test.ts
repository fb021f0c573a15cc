// The plan's own goals (its 主要目标) as bureaus nest them: under a 总体要求
// chapter as （二）主要目标 with numbered goals below it, introduced by the
// year they are for.
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";

const plan = (goals: string[]) =>
  parsePlanText(
    [
      "某县教育高质量发展三年行动计划（2025—2027年）",
      "一、总体要求",
      "（一）指导思想",
      "坚持以习近平新时代中国特色社会主义思想为指导，到2030年建成教育强县。",
      ...goals,
      "（三）基本原则",
      "坚持公益普惠，确保覆盖率达到100%。",
      "二、重点任务",
      "（一）扩大学前教育资源",
      "1.新建公办幼儿园。新建幼儿园3所。",
      "责任单位：学前教育股",
    ].join("\n"),
  );
const goals = (p: ReturnType<typeof plan>) => p.targets.map((t) => `${t.text}：${t.comparator}${t.value}${t.unit}@${t.year}`);

describe("the plan's goals under a nested 主要目标", () => {
  it("reads the numbered goals under （二）主要目标 as the plan's targets, in the year the line introducing them names", () => {
    const parsed = plan([
      "（二）主要目标",
      "到2027年，全县教育现代化水平显著提升。具体目标如下：",
      "1.学前教育普及普惠。学前三年毛入园率达到92%，普惠性幼儿园覆盖率达到90%。",
      "2.义务教育优质均衡。义务教育巩固率保持在99%以上。",
    ]);
    expect(goals(parsed)).toEqual(["学前三年毛入园率达到92%：=92%@2027", "普惠性幼儿园覆盖率达到90%：=90%@2027", "义务教育巩固率保持在99%以上：>=99%@2027"]);
  });

  it("reads goals that are all heading (1.学前三年毛入园率达到93%以上。), under 第二节 发展目标 as under （二）主要目标", () => {
    const parsed = plan(["（二）发展目标", "到2027年，具体目标如下：", "1.学前三年毛入园率达到93%以上。", "2.九年义务教育巩固率保持在97%以上。"]);
    expect(goals(parsed)).toEqual(["学前三年毛入园率达到93%以上：>=93%@2027", "九年义务教育巩固率保持在97%以上：>=97%@2027"]);
  });

  it("reads a 年度目标 chapter of 2025年：… lines as the plan's targets, each in its line's year", () => {
    const parsed = parsePlanText(
      [
        "清河区学前教育普及普惠三年行动计划（2025—2027年）",
        "一、年度目标",
        "2025年：新增公办学位1200个，普惠性幼儿园覆盖率达到88%。",
        "2026年：新增公办学位1500个，普惠性幼儿园覆盖率达到90%。",
        "二、主要任务",
        "（一）扩充普惠性资源。新建公办幼儿园9所。【牵头单位】区教育局",
      ].join("\n"),
    );
    expect(goals(parsed)).toEqual([
      "新增公办学位1200个：=1200个@2025",
      "普惠性幼儿园覆盖率达到88%：=88%@2025",
      "新增公办学位1500个：=1500个@2026",
      "普惠性幼儿园覆盖率达到90%：=90%@2026",
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it("a goal list with no year introduced keeps its targets without one; what follows the goals is not a goal", () => {
    const parsed = plan(["（二）主要目标", "1.学前教育普及普惠。学前三年毛入园率达到92%。"]);
    expect(goals(parsed)).toEqual(["学前三年毛入园率达到92%：=92%@null"]);
  });
});
