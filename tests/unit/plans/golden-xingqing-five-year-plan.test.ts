import { describe, expect, it } from "vitest";
import { loadGolden } from "./load-document";

// Hand-counted from prisma/seed/documents/xingqing-14th-five-year-plan.txt.
const { plan, tasks } = loadGolden("xingqing-14th-five-year-plan.txt");
const tasksSection = plan.sections[0];
const sub = (i: number) => {
  const s = tasksSection?.sections[i];
  if (!s) throw new Error(`sub-section ${i} missing`);
  return s;
};

describe("兴庆区教育事业“十四五”发展规划", () => {
  it("reads title, “十四五” period, issuer and date under the title", () => {
    expect(plan.title).toBe("兴庆区教育事业“十四五”发展规划");
    expect(plan.period).toEqual({ startYear: 2021, endYear: 2025, basis: "five-year-plan" });
    expect(plan.issuer).toBe("银川市兴庆区教育局");
    expect(plan.issueDate).toBe("2021-02");
  });

  it("skips the table of contents and uses 前言 as preamble", () => {
    expect(plan.preamble).toBe(
      "为加快教育现代化建设，全面推进高质量教育体系建设，更好地为兴庆经济社会发展提供人力和智力支撑，根据《宁夏教育现代化2035》和自治区、银川市教育事业发展第十四个五年规划以及《兴庆区国民经济和社会发展第十四个五年规划纲要》，制定本规划。",
    );
    const everything = JSON.stringify(plan);
    expect(everything).not.toContain(".....");
    expect(everything).not.toContain("目 录");
  });

  it("keeps review, strategy and 保障措施 as plan text, not tasks", () => {
    expect(plan.planText.map((b) => [b.title, b.kind, b.line])).toEqual([
      ["发展基础", "review", 36],
      ["发展战略", "strategy", 98],
      ["保障措施", "safeguards", 365],
    ]);
    const review = plan.planText[0]?.text ?? "";
    expect(review).toContain("（二）“十三五”取得的成就");
    expect(review).toContain("1.教育普及水平全面提升");
    expect(review).toContain("学前普惠性幼儿园在园幼儿数占比动态保持在87%及以上，公办幼儿园在园幼儿数占比动态保持在50%及以上。");
    // Markdown emphasis left by the converter is gone.
    expect(review).toContain("主要表现在以下几个方面：一是目前的教育发展");
    expect(plan.planText[2]?.text).toContain("（三）强化监督指导，完善落实机制");
  });

  it("has one task section (发展任务) with 5 sub-sections and 19 tasks", () => {
    expect(plan.sections).toHaveLength(1);
    expect(tasksSection?.title).toBe("发展任务");
    expect(tasksSection?.sections.map((s) => s.title)).toEqual([
      "全面推进高质量教育体系建设",
      "全面落实立德树人根本任务",
      "全面建设高质量师资队伍",
      "全面推进“互联网+教育”优化工程",
      "全面推进教育治理现代化",
    ]);
    expect(tasksSection?.sections.map((s) => s.tasks.length)).toEqual([4, 3, 5, 3, 4]);
    expect(tasks).toHaveLength(19);
    expect(sub(0).tasks.map((t) => t.number)).toEqual([1, 2, 3, 4]);
  });

  it("makes one measure per paragraph, rejoining page breaks", () => {
    expect(tasks.map((t) => t.measures.length)).toEqual([3, 3, 4, 4, 3, 4, 3, 3, 4, 4, 3, 3, 3, 3, 4, 4, 5, 3, 3]);
    const t = sub(0).tasks[0];
    expect(t?.title).toBe("全面提升学前教育普及普惠水平");
    expect(t?.goal).toBeNull();
    expect(t?.measures.map((m) => m.split("。")[0])).toEqual(["优化布局，提升普及率", "多元发展，提升普惠率", "多措并举，提升保教质量"]);
    // Line 159 ends mid-sentence (“改善学前教育”) and continues on line 161.
    expect(t?.measures[2]).toContain("改善学前教育办学条件，提升幼儿园软硬件设施");
    expect(sub(2).tasks[0]?.measures[2]).toContain("坚持以评促修，将师德师风作为评价教师素质的第一标准");
  });

  it("reads every indicator of the table", () => {
    const rows = plan.indicators.map((i) => [i.name, i.unit, i.baseline?.value, i.baseline?.year, i.target?.value, i.target?.year, i.target?.comparator]);
    expect(rows).toEqual([
      ["学前三年毛入园率", "%", 101.93, 2020, 103, 2025, ">="],
      ["学前教育教师持证上岗比例", "%", 94.7, 2020, 100, 2025, ">="],
      ["普惠性学前教育覆盖率", "%", 85.2, 2020, 86, 2025, ">="],
      ["公办学前教育覆盖率", "%", 42.1, 2020, 50, 2025, ">="],
      ["九年义务教育巩固率", "%", 100, 2020, 100, 2025, ">="],
      ["高中阶段教育毛入学率", "%", 93.23, 2020, 95, 2025, ">="],
      ["义务教育专任教师中本科以上学历比例", "%", 90.85, 2020, 93, 2025, ">="],
      ["残疾儿童少年义务教育阶段入学率", "%", 100, 2020, 100, 2025, ">="],
      ["劳动年龄人口平均受教育年限", "年", 10.758, 2020, 11, 2025, ">="],
    ]);
    expect(plan.indicators.map((i) => i.line)).toEqual([139, 140, 141, 142, 143, 144, 145, 146, 147]);
  });

  it("collects 发展目标 targets at top level and flags the missing value", () => {
    expect(plan.targets.map((t) => [t.text, t.value, t.comparator, t.year])).toEqual([
      ["学前教育普惠率达到86%", 86, "=", null],
      ["公办覆盖率比例达到50%以上", 50, ">=", null],
      ["自治区级示范园占比达到25%及以上", 25, ">=", 2025],
      ["银川市级示范园占比达到30%及以上", 30, ">=", 2025],
      ["一类园占比达到30%及以上", 30, ">=", 2025],
      ["小学六年巩固率稳定在100%", 100, "=", null],
      ["初中三年巩固率保持在100%", 100, "=", null],
      ["残疾儿童少年义务教育入学率达到100%以上", 100, ">=", null],
      ["高中阶段毛入学率逐年提高至95%以上", 95, ">=", null],
    ]);
    expect(plan.warnings).toEqual([{ line: 132, message: "疑似缺少目标数值：“劳动年龄人口平均受教育年限增加到年”" }]);
  });

  it("extracts in-text task targets with years from 到“十四五”末 / 到2022年", () => {
    const t1 = sub(0).tasks[0];
    expect(t1?.targets.slice(0, 3)).toEqual([
      expect.objectContaining({ text: "完成20所幼儿园新建工作", value: 20, unit: "所", comparator: "=", year: 2025, line: 155 }),
      expect.objectContaining({ text: "学前三年毛入园率达到103%", value: 103, unit: "%", year: 2025 }),
      expect.objectContaining({ text: "公办在园人数占比达到动态50%及以上", value: 50, comparator: ">=", year: 2025 }),
    ]);
    const t2 = sub(0).tasks[1];
    expect(t2?.targets).toEqual([
      expect.objectContaining({ value: 17, unit: "所" }),
      expect.objectContaining({ value: 40, unit: "%", year: 2022, line: 169 }),
      expect.objectContaining({ value: 85, unit: "%", year: 2024 }),
      expect.objectContaining({ text: "新增集团化学校3-5所", min: 3, max: 5, comparator: "range" }),
    ]);
    expect(sub(1).tasks[1]?.targets).toEqual([expect.objectContaining({ text: "近视率下降0.5个百分点", value: -0.5, unit: "个百分点", comparator: "change" })]);
    expect(sub(3).tasks[0]?.targets.map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([
      [5, "所", ">=", 2025],
      [3000, "万元", "=", 2025],
      // After the semicolon, still the sentence that opens 到“十四五”末.
      [2.3, "间", "=", 2025],
      [2.4, "间", ">=", 2025],
    ]);
  });
});
