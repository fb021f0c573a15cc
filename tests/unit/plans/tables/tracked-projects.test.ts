// A 为民办实事项目推进表 (项目名称 | 建设内容 | 总投资 | 年度计划 | 责任领导 | 责任单位 | 完成时限) is work a
// bureau tracks: each project a task, with its leader and deadline; an annex list of projects with
// only 总投资 and 责任单位 stays the plan's project list, its bare amounts in the unit stated above it.
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument, type PlanDocument } from "@/lib/plans/parser";
import { ABOVE, LEFT, paragraphs, table } from "@/tests/support/plan-layouts";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";
import { allTasks } from "../load-document";

const doc = (title: string, grid: string[][]): PlanDocument => ({ format: "docx", blocks: [...paragraphs(title), table(grid)] });

describe("project tables", () => {
  it("with 总投资 | 年度计划 under a spanning 投资额（万元）: both amounts kept under their names, and the header no task", () => {
    const plan = parsePlanDocument(
      doc("西固区2026年教育民生实事项目清单", [
        ["序号", "项目名称", "建设内容", "投资额（万元）", LEFT, "责任领导", "责任单位", "完成时限"],
        [ABOVE, ABOVE, ABOVE, "总投资", "年度计划", ABOVE, ABOVE, ABOVE],
        ["1", "福利路小学新建工程", "新增学位1620个。", "12800", "6500", "李红", "计划财务科", "2026年8月31日前"],
      ]),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.leaders, t.deadline])).toEqual([
      ["福利路小学新建工程", ["新增学位1620个。", "总投资（万元）：12800", "年度计划（万元）：6500"], ["李红"], "2026年8月31日前"],
    ]);
  });

  it("with 责任领导 and 完成时限: each project a task, 建设内容 its measures, 年度计划 its goal, 总投资 a note", () => {
    const plan = parsePlanDocument(
      doc("某市2025年为民办实事项目推进表", [
        ["序号", "项目名称", "建设内容", "总投资", "年度计划", "责任领导", "责任单位", "完成时限"],
        ["1", "第三幼儿园建设项目", "新建9个班幼儿园，新增学位270个", "2980万元", "8月底前投入使用", "王海龙", "市教育局", "2025年8月31日"],
        ["2", "教室照明改造", "改造教室照明1200间", "540万元", "暑假期间完成", "张丽华", "市教育局", "2025年8月25日"],
      ]),
    );
    expect(plan.projects ?? []).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(
      allTasks(plan).map((t) => ({
        title: t.title,
        goal: t.goal,
        measures: t.measures,
        leaders: t.leaders,
        deadline: t.deadline,
        targets: t.targets.map((x) => `${x.value}${x.unit}`),
      })),
    ).toEqual([
      {
        title: "第三幼儿园建设项目",
        goal: "8月底前投入使用",
        measures: ["新建9个班幼儿园，新增学位270个", "总投资：2980万元"],
        leaders: ["王海龙"],
        deadline: "2025年8月31日",
        targets: ["270个"],
      },
      {
        title: "教室照明改造",
        goal: "暑假期间完成",
        measures: ["改造教室照明1200间", "总投资：540万元"],
        leaders: ["张丽华"],
        deadline: "2025年8月25日",
        targets: ["1200间"],
      },
    ]);
  });

  it("an annex list with its investment by year (2024年 | 2025年) or its 竣工时间 stays the plan's project list", () => {
    const plan = parsePlanDocument(
      doc("附件2 重点项目表", [
        ["项目名称", "建设内容", "总投资（万元）", "2024年", "2025年", "2026年", "计划竣工时间", "责任单位"],
        ["城区第三幼儿园", "新建教学楼", "1500", "500", "600", "400", "2026年8月", "项目办"],
      ]),
    );
    expect(plan.projects?.map((p) => [p.name, p.investmentWanYuan])).toEqual([["城区第三幼儿园", 1500]]);
    expect(allTasks(plan)).toEqual([]);
    // No money and no one named for it either: still the plan's list of projects.
    const bare = parsePlanDocument(
      doc("附件 2025年教育建设项目清单", [
        ["项目名称", "建设地点", "建设规模", "开工时间", "竣工时间"],
        ["城区第三幼儿园", "城关镇", "9个班", "2025年3月", "2026年8月"],
      ]),
    );
    expect(bare.projects?.map((p) => p.name)).toEqual(["城区第三幼儿园"]);
    expect(allTasks(bare)).toEqual([]);
  });

  it("a 推进表 of projects that states no money but when each is done (项目名称 | 建设内容 | 责任单位 | 完成时限): tasks, deadlines kept", () => {
    const plan = parsePlanDocument(
      doc("靖远县2025年教育数字化转型重点项目推进表", [
        ["序号", "项目名称", "建设内容", "责任单位", "完成时限"],
        ["1", "智慧校园建设", "建设智慧校园示范校10所", "电教中心", "2025年10月"],
      ]),
    );
    expect(plan.projects ?? []).toEqual([]);
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.units.map((u) => u.name), t.deadline])).toEqual([
      ["智慧校园建设", ["建设智慧校园示范校10所"], ["电教中心"], "2025年10月"],
    ]);
  });

  it("a task table's 2025年度任务 column is its measures, as before; only a tracked project's 年度计划 is its goal", () => {
    const [task] = allTasks(
      parsePlanDocument(
        doc("某县2025年重点工作表", [
          ["序号", "重点工作", "2025年度任务", "责任单位"],
          ["1", "扩大学前教育资源", "新建幼儿园3所", "学前教育股"],
        ]),
      ),
    );
    expect([task?.goal, task?.measures]).toEqual([null, ["新建幼儿园3所"]]);
  });

  it("an annex list under 单位：万元, with a two-row header (2025年度计划 over 计划投资 | 年度建设内容), stays projects in 万元", async () => {
    const list: PlanDocument = {
      format: "xlsx",
      blocks: [
        table([
          ["某市2025年教育基础设施建设项目清单", LEFT, LEFT, LEFT, LEFT, LEFT],
          ["单位：万元", LEFT, LEFT, LEFT, LEFT, LEFT],
          ["序号", "项目名称", "建设内容", "总投资", "2025年度计划", LEFT],
          [ABOVE, ABOVE, ABOVE, ABOVE, "计划投资", "年度建设内容"],
          ["1", "第十二小学新建项目", "新建36个班小学1所，新增学位1620个。", "16800", "7200", "完成主体结构施工"],
        ]),
      ],
    };
    const { parsed } = await readPlanFile("项目清单.xlsx", await xlsxFromDocument(list));
    expect(parsed.projects?.map((p) => [p.name, p.investmentWanYuan])).toEqual([["第十二小学新建项目", 16800]]);
  });
});
