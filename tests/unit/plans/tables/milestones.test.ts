// A task table that plans its stages (一季度 … 四季度, 时间节点 over 3月底前 …
// 12月底前, a column per year, 第一阶段) and says what the finished task is
// judged by (验收标准) or hands in (成果形式): the stages are its milestones,
// and nothing of it is dropped.
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument, type PlanDocument } from "@/lib/plans/parser";
import { docxFromDocument } from "@/tests/support/docx";
import { pdfFromDocument } from "@/tests/support/pdf";
import { ABOVE, LEFT, paragraphs, table } from "@/tests/support/plan-layouts";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";
import { allTasks } from "../load-document";

const doc = (title: string, grid: string[][]): PlanDocument => ({ format: "docx", blocks: [...paragraphs(title), table(grid)] });
const read = (plan: PlanDocument) =>
  allTasks(parsePlanDocument(plan)).map((t) => ({
    title: t.title,
    goal: t.goal,
    measures: t.measures,
    milestones: (t.milestones ?? []).map((m) => `${m.deadline}：${m.title} → ${m.dueDate}`),
    deadline: t.deadline,
    dueDate: t.dueDate,
    targets: t.targets.map((x) => x.value),
  }));

describe("stages and standards in a task table", () => {
  it("a column per quarter: each stage a milestone due at its quarter's end, the last one filled the deadline; 验收标准 the goal, 成果形式 a note", () => {
    const tasks = read(
      doc("某县教育局2025年重点工作推进计划表", [
        ["序号", "重点任务", "责任单位", "一季度", "二季度", "三季度", "四季度", "验收标准", "成果形式"],
        ["1", "新建公办幼儿园2所", "学前教育股", "完成选址", "开工建设", "主体完工", "投入使用", "新增学位540个", "竣工验收报告"],
        // — and / in a quarter's cell: nothing planned then, as a blank.
        ["2", "推进集团化办学", "基础教育股", "制定方案", "组建集团", "—", "/", "组建教育集团3个", ""],
      ]),
    );
    expect(tasks).toEqual([
      {
        title: "新建公办幼儿园2所",
        goal: "新增学位540个",
        measures: ["成果形式：竣工验收报告"],
        milestones: ["一季度：完成选址 → 2025-03-31", "二季度：开工建设 → 2025-06-30", "三季度：主体完工 → 2025-09-30", "四季度：投入使用 → 2025-12-31"],
        deadline: "四季度",
        dueDate: "2025-12-31",
        targets: [2, 540],
      },
      {
        title: "推进集团化办学",
        goal: "组建教育集团3个",
        measures: [],
        milestones: ["一季度：制定方案 → 2025-03-31", "二季度：组建集团 → 2025-06-30"],
        deadline: "二季度",
        dueDate: "2025-06-30",
        targets: [3],
      },
    ]);
  });

  it("a column per year of a three-year plan; a 完成时限 column, when there is one, is the deadline", () => {
    const tasks = read(
      doc("某县教育局三年行动计划（2024—2026年）任务分解表", [
        ["序号", "重点任务", "2024年", "2025年", "2026年", "完成时限"],
        ["1", "建设智慧校园", "完成规划", "建成30所", "", ""],
        ["2", "推进课后服务提质", "制定标准", "全面推开", "巩固提升", "长期坚持"],
      ]),
    );
    expect(tasks.map((t) => [t.milestones, t.deadline, t.dueDate])).toEqual([
      [["2024年：完成规划 → 2024-12-31", "2025年：建成30所 → 2025-12-31"], "2025年", "2025-12-31"],
      [["2024年：制定标准 → 2024-12-31", "2025年：全面推开 → 2025-12-31", "2026年：巩固提升 → 2026-12-31"], "长期坚持", null],
    ]);
  });

  it("stages named 第一阶段 | 第二阶段 are milestones without a date, and give the task no deadline", () => {
    const tasks = read(
      doc("某县教育局集中整治行动方案", [
        ["序号", "整治任务", "第一阶段", "第二阶段", "第三阶段"],
        ["1", "规范校外培训", "摸底排查", "集中整治", "总结验收"],
      ]),
    );
    expect(tasks.map((t) => [t.milestones, t.deadline])).toEqual([
      [["第一阶段：摸底排查 → null", "第二阶段：集中整治 → null", "第三阶段：总结验收 → null"], null],
    ]);
  });

  const twoRowHeader: PlanDocument = doc("某县教育局2025年重点任务分解表", [
    ["序号", "重点任务", "责任单位", "时间节点", LEFT, LEFT, LEFT, "考核指标"],
    [ABOVE, ABOVE, ABOVE, "3月底前", "6月底前", "9月底前", "12月底前", ABOVE],
    ["1", "新建公办幼儿园2所", "学前教育股", "完成选址", "开工建设", "主体完工", "投入使用", "新增学位540个"],
    ["2", "开展保教质量评估", "学前教育股", "制定方案", "", "完成评估", "", "评估覆盖率100%"],
  ]);
  const expected = [
    { title: "新建公办幼儿园2所", deadline: "12月底前", dueDate: "2025-12-31", first: "3月底前：完成选址 → 2025-03-31", goal: "新增学位540个" },
    { title: "开展保教质量评估", deadline: "9月底前", dueDate: "2025-09-30", first: "3月底前：制定方案 → 2025-03-31", goal: "评估覆盖率100%" },
  ];
  const digest = (plan: PlanDocument) =>
    read(plan).map((t) => ({ title: t.title, deadline: t.deadline, dueDate: t.dueDate, first: t.milestones[0], goal: t.goal }));

  it("时间节点 merged over 3月底前 | 6月底前 | 9月底前 | 12月底前: the second header row names the stages", () => {
    expect(digest(twoRowHeader)).toEqual(expected);
  });

  it.each([
    ["docx", docxFromDocument],
    ["xlsx", xlsxFromDocument],
    ["pdf", pdfFromDocument],
  ] as const)("reads the same from a .%s", async (format, write) => {
    const { document } = await readPlanFile(`分解表.${format}`, await write(twoRowHeader));
    expect(digest(document)).toEqual(expected);
  });

  it("计划时间 is the deadline and 实际完成时间 never is; a schedule stands in where the 完成时限 is blank", () => {
    const planned = read(
      doc("某县教育局2025年重点工作台账", [
        ["序号", "重点任务", "责任单位", "计划时间", "实际完成时间"],
        ["1", "开展教师全员培训", "人事股", "2025年10月底前", "2025年10月15日"],
      ]),
    );
    expect(planned.map((t) => [t.dueDate, t.measures])).toEqual([["2025-10-31", ["实际完成时间：2025年10月15日"]]]);
    const blank = read(
      doc("某县教育局2025年重点工作台账", [
        ["序号", "重点任务", "责任单位", "时间节点", "完成时限"],
        ["1", "开展教师全员培训", "人事股", "2025年10月底前", ""],
      ]),
    );
    expect(blank.map((t) => [t.dueDate, t.measures])).toEqual([["2025-10-31", []]]);
  });

  it("one date in a row is a row's deadline, not a header of stages", () => {
    const tasks = read(
      doc("某县教育局2025年重点任务分解表", [
        ["序号", "重点任务", "责任单位", "完成时限"],
        ["1", "开展教师培训", "人事股", "2025年6月"],
        ["2", "落实立德树人根本任务。", "德育股", "2025年9月"],
      ]),
    );
    expect(tasks.map((t) => [t.title, t.dueDate])).toEqual([
      ["开展教师培训", "2025-06-30"],
      ["落实立德树人根本任务", "2025-09-30"],
    ]);
  });

  it.each([
    ["进度安排", ["序号", "工作任务", "进度安排", "完成时限"], (schedule: string, deadline: string) => [schedule, deadline]],
    ["时间节点", ["序号", "工作任务", "完成时限", "时间节点"], (schedule: string, deadline: string) => [deadline, schedule]],
  ])("%s beside 完成时限: the 完成时限 is the deadline, whichever comes first; the schedule gives milestones, or a note", (label, header, place) => {
    const tasks = read(
      doc("某县教育局2025年教育重点工作推进表", [
        header,
        ["1", "开展中小学生视力筛查", ...place("每学期开展1次", "2025年11月30日")],
        ["2", "更换教室护眼灯", ...place("4月底前完成招标，7月底前完成安装", "2025年8月31日")],
      ]),
    );
    expect(tasks.map((t) => [t.title, t.dueDate, t.milestones, t.measures])).toEqual([
      ["开展中小学生视力筛查", "2025-11-30", [], [`${label}：每学期开展1次`]],
      ["更换教室护眼灯", "2025-08-31", ["4月底前：完成招标 → 2025-04-30", "7月底前：完成安装 → 2025-07-31"], []],
    ]);
  });

  it("months marked ● and ★ are milestones titled by what the legend says each mark stands for, or 按计划推进 without one", () => {
    const grid = [
      ["序号", "工作任务", "责任科室", "进度安排", LEFT, LEFT, LEFT, "完成时限"],
      [ABOVE, ABOVE, ABOVE, "9月", "10月", "11月", "12月", ABOVE],
      ["1", "完成校园网络安全等级保护测评", "信息化管理科", "", "●", " ★ ", "", "2025年11月30日前"],
    ];
    const title = "某区教育局2025年重点工作推进计划表";
    const legend = "说明：“●”表示该月为主要推进时段，“★”表示节点任务完成月份。";
    const explained = read({ format: "xlsx", blocks: [...paragraphs(title, legend), table(grid)] });
    expect(explained[0]?.milestones).toEqual(["10月：主要推进时段 → 2025-10-31", "11月：节点任务完成月份 → 2025-11-30"]);
    const unexplained = read({ format: "xlsx", blocks: [...paragraphs(title), table(grid)] });
    expect(unexplained[0]?.milestones).toEqual(["10月：按计划推进 → 2025-10-31", "11月：按计划推进 → 2025-11-30"]);
  });
});
