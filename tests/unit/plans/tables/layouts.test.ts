// Each golden layout (tests/support/plan-layouts) read from its blocks: the
// format-neutral figures, then what only the block parse knows exactly
// (sources, lines, raw spellings, warnings).
import { describe, expect, it } from "vitest";
import { parsePlanDocument, type ParsedPlan, type PlanTask } from "@/lib/plans/parser";
import { PLAN_LAYOUTS, layoutDigest } from "@/tests/support/plan-layouts";
import { keyTasksBreakdown } from "@/tests/support/plan-layouts/key-tasks-breakdown";
import { goalTasksBreakdown } from "@/tests/support/plan-layouts/goal-tasks-breakdown";
import { rectificationList } from "@/tests/support/plan-layouts/rectification-list";
import { annexProjectsPlan } from "@/tests/support/plan-layouts/annex-projects-plan";
import { indicatorTargets } from "@/tests/support/plan-layouts/indicator-targets";
import { parsedPlanSchema } from "@/lib/plans/import/parsed-plan-schema";
import { allTasks } from "../load-document";

const where = (t: PlanTask) => [t.number, t.source, t.line, t.endLine];

describe("golden table layouts read from blocks", () => {
  for (const layout of PLAN_LAYOUTS) {
    it(`${layout.name}: reads as expected, without warnings`, () => {
      const plan = parsePlanDocument(layout.document);
      expect(layoutDigest(plan)).toEqual(layout.expected);
      expect(plan.warnings).toEqual([]);
      // The import review sends the plan back through this schema.
      expect(parsedPlanSchema.safeParse(plan).success).toBe(true);
    });
  }
});

describe("重点工作任务分解表 under a 通知", () => {
  const plan: ParsedPlan = parsePlanDocument(keyTasksBreakdown);
  const tasks = allTasks(plan);

  it("takes the table's caption as the title and keeps the 通知 as front matter", () => {
    expect(plan.title).toBe("河西区2025年教育工作重点任务分解表");
    expect(plan.documentNumber).toBe("河西教发〔2025〕6号");
    expect(plan.preamble).toBe("");
    expect(plan.frontMatter).toContain("各中小学校、幼儿园，局机关各科室：");
  });

  it("makes the chapter rows sections, never tasks, at their rows' lines", () => {
    expect(plan.sections.map((s) => [s.number, s.title, s.line, s.tasks.length])).toEqual([
      [1, "推进学前教育普及普惠", 10, 2],
      [2, "促进义务教育优质均衡发展", 13, 2],
      [3, "建设高素质专业化教师队伍", 16, 2],
    ]);
  });

  it("gives each task its table and row (header rows counted) and its line in the text rendering", () => {
    expect(tasks.map(where)).toEqual([
      [1, { table: 1, row: 3 }, 11, 11],
      [2, { table: 1, row: 4 }, 12, 12],
      [3, { table: 1, row: 6 }, 14, 14],
      [4, { table: 1, row: 7 }, 15, 15],
      [5, { table: 1, row: 9 }, 17, 17],
      // The repeated header (row 10) is skipped; row 12 continued row 11 onto the next page.
      [6, { table: 1, row: 11 }, 19, 20],
    ]);
    expect(tasks[5]?.sourceText).toBe("6\t实施教师培训提升计划，全年培训教师1200人次。\t区教育局人事科\t区教师发展中心、区财政局\n\t\t\t区人社局");
  });

  it("reads the shared 区 prefix of a cooperating unit list, and a two-line unit cell as two units", () => {
    expect(tasks[0]?.units).toEqual([
      { name: "区教育局", role: "lead" },
      { name: "区发改局", role: "cooperate" },
      { name: "区财政局", role: "cooperate", raw: "财政局" },
      { name: "区自然资源局", role: "cooperate", raw: "自然资源局" },
    ]);
    expect(tasks[3]?.units.map((u) => u.name)).toEqual(["区教育局", "区市场监管局", "各中小学校"]);
  });

  it("finds targets in the task cell, at the row's line", () => {
    expect(tasks[0]?.targets.map((t) => [t.text, t.value, t.unit, t.comparator, t.line])).toEqual([
      ["新建公办幼儿园2所", 2, "所", "=", 11],
      ["新增学位540个", 540, "个", "=", 11],
      ["普惠性幼儿园覆盖率达到92%以上", 92, "%", ">=", 11],
    ]);
    expect(tasks[5]?.targets.map((t) => [t.text, t.year])).toEqual([["全年培训教师1200人次", 2025]]);
  });
});

describe("目标任务分解表 with a merged title row", () => {
  const plan = parsePlanDocument(goalTasksBreakdown);
  const tasks = allTasks(plan);

  it("finds the header under the title row and titles the plan by it", () => {
    expect(plan.title).toBe("北川县2025年教育体育工作目标任务分解表");
    expect(plan.sections.map((s) => [s.number, s.title, s.line])).toEqual([
      [1, "全面提高教育教学质量", 4],
      [2, "改善办学条件", 8],
    ]);
  });

  it("joins padded leader names and keeps the spelling in leadersRaw only where it differs", () => {
    expect(tasks.map((t) => [t.leaders, t.leadersRaw])).toEqual([
      [["俞悦"], ["俞 悦"]],
      [["俞悦"], ["俞 悦"]],
      [["俞悦"], ["俞 悦"]],
      [["马骏"], ["马 骏"]],
      [["张晓东"], undefined],
    ]);
  });

  it("applies the leader and lead unit merged down over three rows to each of them", () => {
    expect(tasks.slice(0, 3).map((t) => t.units.filter((u) => u.role === "lead").map((u) => u.name))).toEqual([["县教体局"], ["县教体局"], ["县教体局"]]);
  });

  it("keeps 完成时限 as written (deadlines.ts turns it into a date)", () => {
    expect(tasks.map((t) => t.deadline)).toEqual(["2025年12月底", "2025年6月底前", "2025年8月", "2025年9月底前", "长期坚持"]);
    expect(tasks.map((t) => t.source)).toEqual([4, 5, 6, 8, 9].map((row) => ({ table: 1, row })));
  });
});

describe("整改清单", () => {
  const plan = parsePlanDocument(rectificationList);
  const tasks = allTasks(plan);

  it("titles each task by its problem, with the 整改措施 as measures", () => {
    expect(tasks.map((t) => [t.number, t.title, t.measures])).toEqual([
      [1, "部分学校音体美专用教室不足", ["1.统筹改造闲置校舍，新增音乐、美术专用教室12间；", "2.将专用教室建设纳入年度项目计划。"]],
      [2, "农村学校教师结构性缺编，音体美学科教师不足", ["通过公开招聘、交流轮岗补充音体美教师30名。", "建立县域内教师走教制度。"]],
      [3, "校园安全隐患排查不够彻底", ["开展校园安全隐患大排查，建立问题台账，实行销号管理。"]],
    ]);
  });

  it("reads 责任人 as leaders and joins the row continued on the next page", () => {
    expect(tasks.map((t) => [t.leaders, t.units.map((u) => `${u.name}:${u.role}`), t.source, t.endLine])).toEqual([
      [["刘洋"], ["县教育局计财股:responsible"], { table: 1, row: 2 }, 3],
      [["陈建国"], ["县教育局人事股:responsible", "县人社局:responsible", "各乡镇中心学校:responsible"], { table: 1, row: 3 }, 5],
      [["王芳"], ["县教育局安全股:responsible"], { table: 1, row: 5 }, 6],
    ]);
  });
});

describe("实施方案 with an annex project table", () => {
  const plan = parsePlanDocument(annexProjectsPlan);

  it("keeps the prose tasks with their lines and puts the projects in `projects`, not among the tasks", () => {
    expect(allTasks(plan).map((t) => [t.number, t.title, t.source])).toEqual([
      [1, "实施学前教育扩容工程", { line: 6 }],
      [2, "实施义务教育学校新建改扩建工程", { line: 7 }],
      [3, "实施学校安全设施提升工程", { line: 8 }],
    ]);
    expect(plan.projects).toEqual([
      {
        name: "城南小学新建项目",
        content: "新建教学楼、综合楼及运动场，建筑面积18000平方米，设置36个班。",
        investment: "9800",
        investmentWanYuan: 9800,
        years: "2024-2026年",
        units: [
          { name: "县教育局", role: "responsible" },
          { name: "县住建局", role: "responsible" },
        ],
        taskNumber: 2,
        source: { table: 1, row: 2 },
      },
      {
        name: "城关中学改扩建项目",
        content: "新建实验楼1栋，改造学生宿舍。",
        investment: "3600",
        investmentWanYuan: 3600,
        years: "2024-2025年",
        units: [{ name: "县教育局", role: "responsible" }],
        taskNumber: 2,
        source: { table: 1, row: 3 },
      },
      {
        name: "第二幼儿园新建项目",
        content: "新建12班幼儿园一所。",
        investment: "1.2亿元",
        investmentWanYuan: 12000,
        years: "2025年",
        units: [
          { name: "县教育局", role: "responsible" },
          { name: "县发改局", role: "responsible" },
        ],
        taskNumber: 2,
        source: { table: 1, row: 4 },
      },
    ]);
  });
});

describe("indicator table with 属性", () => {
  const plan = parsePlanDocument(indicatorTargets);

  it("reads indicators with category, years, comparator and 属性 at their lines", () => {
    expect(plan.indicators.map((i) => [i.category, i.name, i.unit, i.baseline, i.target, i.attribute, i.line])).toEqual([
      ["学前教育", "学前三年毛入园率", "%", { value: 95, year: 2025 }, { value: 97, year: 2030, comparator: ">=" }, "预期性", 7],
      ["学前教育", "普惠性幼儿园覆盖率", "%", { value: 88, year: 2025 }, { value: 92, year: 2030, comparator: ">=" }, "约束性", 8],
      ["义务教育", "九年义务教育巩固率", "%", { value: 99.2, year: 2025 }, { value: 99.5, year: 2030, comparator: ">=" }, "约束性", 10],
      ["义务教育", "学生近视率", "%", { value: 52, year: 2025 }, { value: 47, year: 2030, comparator: "<=" }, "约束性", 11],
    ]);
    expect(allTasks(plan).map((t) => t.source)).toEqual([{ line: 14 }, { line: 15 }, { line: 17 }]);
  });
});
