// A deadline written as stages (时间节点：3月底前完成方案制定；6月底前…; 推进节点： then （1）…（2）…;
// a 完成时限 cell listing them) is the task's milestones, as a table's 一季度 | 二季度 columns are,
// and its last stage the deadline. A deadline that only names dates stays one deadline.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText, type ParsedPlan } from "@/lib/plans/parser";
import { paragraphs, table } from "@/tests/support/plan-layouts";
import { allTasks } from "./load-document";

const read = (plan: ParsedPlan) =>
  allTasks(plan).map((t) => ({
    title: t.title,
    measures: t.measures,
    milestones: (t.milestones ?? []).map((m) => `${m.deadline}：${m.title} → ${m.dueDate}`),
    deadline: t.deadline,
    dueDate: t.dueDate,
  }));

const prose = (...body: string[]) => read(parsePlanText(["某某区教育局2026年工作要点", "", "一、推进集团化办学", ...body].join("\n")));

describe("stages written in a task's deadline", () => {
  it("时间节点 with a date and a piece of work after each semicolon: milestones, the last one the deadline, no 含多个时间 warning", () => {
    const plan = parsePlanText(
      [
        "某某区教育局2026年工作要点",
        "",
        "一、推进集团化办学",
        "1.深化紧密型教育集团建设。完善集团章程。时间节点：3月底前完成方案制定；6月底前完成集团组建；12月底前完成年度评估。责任单位：基础教育科。",
      ].join("\n"),
    );
    expect(read(plan)).toEqual([
      {
        title: "深化紧密型教育集团建设",
        measures: ["完善集团章程。"],
        milestones: ["3月底前：完成方案制定 → 2026-03-31", "6月底前：完成集团组建 → 2026-06-30", "12月底前：完成年度评估 → 2026-12-31"],
        deadline: "12月底前",
        dueDate: "2026-12-31",
      },
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("quarters after commas (进度安排：第一季度完成摸底，第二季度完成认定)", () => {
    expect(prose("1.推进学前教育普惠发展。进度安排：第一季度完成摸底调查，第二季度完成认定，第四季度完成督导评估。")[0]).toMatchObject({
      milestones: ["第一季度：完成摸底调查 → 2026-03-31", "第二季度：完成认定 → 2026-06-30", "第四季度：完成督导评估 → 2026-12-31"],
      deadline: "第四季度",
    });
  });

  it("推进节点： alone, then （1）（2）（3） lines: milestones, while 完成时限 stays the deadline", () => {
    expect(
      prose(
        "1.实施校舍安全工程。",
        "完成时限：2026年10月底前",
        "推进节点：",
        "（1）4月底前完成排查；",
        "（2）7月底前完成加固；",
        "（3）10月底前完成验收。",
        "责任单位：后勤服务中心",
      ),
    ).toEqual([
      {
        title: "实施校舍安全工程",
        measures: [],
        milestones: ["4月底前：完成排查 → 2026-04-30", "7月底前：完成加固 → 2026-07-31", "10月底前：完成验收 → 2026-10-31"],
        deadline: "2026年10月底前",
        dueDate: "2026-10-31",
      },
    ]);
  });

  it("a year written once carries to the stages after it", () => {
    const plan = parsePlanText(
      ["某县教育三年行动计划（2025—2027年）", "", "一、重点任务", "1.建设智慧校园。时间节点：2026年6月底前完成试点；12月底前全面推广。"].join("\n"),
    );
    expect(read(plan)[0]?.milestones).toEqual(["2026年6月底前：完成试点 → 2026-06-30", "2026年12月底前：全面推广 → 2026-12-31"]);
  });

  it("dates without work, a range, or a reporting rhythm after the date stay one deadline", () => {
    const tasks = prose(
      "1.推进课后服务。完成时限：2026年6月、12月。",
      "2.开展暑期安全教育。完成时限：7月至8月，每周报送一次进展。",
      "3.推进教师轮岗。完成时限：3月—6月。",
      // 秋季学期投入使用 is when the whole task is due (before the term opens), not a stage of it.
      "4.建设智慧教室。完成时限：2026年8月底前完成设备安装调试，秋季学期投入使用",
      // A range, or a start, before the work is no stage's date.
      "5.开展专项整治。时间节点：2026年4月至6月开展自查，7月完成整改",
      "6.开展隐患排查。时间节点：4月份开始全面排查，10月底前完成整改",
    );
    expect(tasks.map((t) => [t.milestones, t.dueDate])).toEqual([
      [[], "2026-12-31"],
      [[], "2026-08-31"],
      [[], "2026-06-30"],
      [[], "2026-08-31"],
      [[], "2026-07-31"],
      [[], "2026-10-31"],
    ]);
  });

  it("a 完成时限 cell listing stages gives the row's milestones", () => {
    const plan = parsePlanDocument({
      format: "docx",
      blocks: [
        ...paragraphs("某县教育局2026年重点工作任务分解表"),
        table([
          ["序号", "工作任务", "责任单位", "完成时限"],
          ["1", "新建城南幼儿园", "计财股", "3月底前完成选址；9月底前主体完工；12月底前投入使用"],
          ["2", "开展教师培训", "人事股", "2026年11月底前"],
        ]),
      ],
    });
    expect(read(plan).map((t) => [t.title, t.milestones, t.deadline])).toEqual([
      ["新建城南幼儿园", ["3月底前：完成选址 → 2026-03-31", "9月底前：主体完工 → 2026-09-30", "12月底前：投入使用 → 2026-12-31"], "12月底前"],
      ["开展教师培训", [], "2026年11月底前"],
    ]);
  });
});
