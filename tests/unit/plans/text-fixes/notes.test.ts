import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "../load-document";

const doc = (...lines: string[]) => lines.join("\n");
const TASKS = [
  "平溪县教育局2024年重点工作任务",
  "一、基础教育",
  "1．推进集团化办学。组建教育集团5个。",
  "责任单位：基教股",
  "2．加强课后服务。实现义务教育学校课后服务全覆盖。",
  "责任单位：各中小学校",
];

describe("numbered notes under 说明 / 备注 / 注 are plan text, not tasks", () => {
  it("keeps 说明：1.… 2.… 3.… at the end as one plan-text block", () => {
    const plan = parsePlanText(
      doc(...TASKS, "说明：1.本表所列任务由各责任单位按季度报送进展。", "2.牵头单位负责统筹协调。", "3.未列明时限的任务于年底前完成。"),
    );
    const tasks = allTasks(plan);
    expect(tasks.map((t) => t.title)).toEqual(["推进集团化办学", "加强课后服务"]);
    expect(tasks[1]?.measures).toEqual(["实现义务教育学校课后服务全覆盖。"]);
    expect(tasks[1]?.endLine).toBe(6);
    expect(plan.planText).toEqual([
      {
        title: "说明",
        kind: "other",
        text: "1.本表所列任务由各责任单位按季度报送进展\n2.牵头单位负责统筹协调\n3.未列明时限的任务于年底前完成",
        line: 7,
      },
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("reads 备注： on its own line and 注： with half-width numbering the same way", () => {
    for (const label of ["备注：", "注:"]) {
      const plan = parsePlanText(doc(...TASKS, label, "(1)各单位于每月25日前报送进展情况。", "(2)请各责任单位明确专人负责。"));
      expect(allTasks(plan).map((t) => t.title)).toEqual(["推进集团化办学", "加强课后服务"]);
      expect(plan.planText[0]?.text).toBe("(1)各单位于每月25日前报送进展情况\n(2)请各责任单位明确专人负责");
      expect(plan.warnings).toEqual([]);
    }
  });

  it("resumes the plan after notes placed between two parts", () => {
    const plan = parsePlanText(
      doc(
        ...TASKS,
        "说明：",
        "1.本部分任务由基教股牵头。",
        "3．深化教育评价改革。完善学生综合素质评价。",
        "二、职业教育",
        "4．推进产教融合。建设实训基地2个。",
      ),
    );
    expect(allTasks(plan).map((t) => [t.number, t.title])).toEqual([
      [1, "推进集团化办学"],
      [2, "加强课后服务"],
      [3, "深化教育评价改革"],
      [4, "推进产教融合"],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(["基础教育", "职业教育"]);
    expect(plan.planText.map((b) => b.text)).toEqual(["1.本部分任务由基教股牵头"]);
  });

  it("keeps notes printed under an indicator table out of the tasks and the table", () => {
    const plan = parsePlanText(
      doc(
        "平溪县“十四五”教育发展规划",
        "一、发展目标",
        "到2025年，教育现代化水平明显提高。",
        "序号\t指标名称\t2020年\t2025年\t属性",
        "1\t学前三年毛入园率（%）\t88\t92\t预期性",
        "2\t九年义务教育巩固率（%）\t96\t98\t约束性",
        "说明：1.毛入园率按户籍人口计算。",
        "2.巩固率以教育统计年报为准。",
        "二、主要任务",
        "1．扩大普惠资源。新增学位900个。",
      ),
    );
    expect(plan.indicators.map((i) => i.name)).toEqual(["学前三年毛入园率", "九年义务教育巩固率"]);
    expect(allTasks(plan).map((t) => t.title)).toEqual(["扩大普惠资源"]);
    expect(plan.planText.find((b) => b.title === "说明")?.text).toBe("1.毛入园率按户籍人口计算\n2.巩固率以教育统计年报为准");
  });

  it("leaves a 说明 without numbered notes where it was", () => {
    const plan = parsePlanText(doc(...TASKS.slice(0, 4), "说明：所需经费从年度预算中列支。", ...TASKS.slice(4)));
    expect(allTasks(plan)[0]?.measures).toEqual(["组建教育集团5个。", "说明：所需经费从年度预算中列支。"]);
    expect(plan.planText).toEqual([]);
  });
});
