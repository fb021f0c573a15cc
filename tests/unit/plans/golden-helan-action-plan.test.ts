import { describe, expect, it } from "vitest";
import { loadGolden, unitList } from "./load-document";

// Hand-counted from prisma/seed/documents/helan-quality-action-plan.txt.
const { plan, tasks, task } = loadGolden("helan-quality-action-plan.txt");

describe("贺兰县教育质量提升行动实施方案", () => {
  it("reads header, 文号, issue date and the period to 2027", () => {
    expect(plan.title).toBe("贺兰县教育质量提升行动实施方案");
    expect(plan.documentNumber).toBe("贺党教发〔2023〕1号");
    expect(plan.issueDate).toBe("2023-03-20");
    expect(plan.issuer).toBe("中共贺兰县委教育工作领导小组");
    expect(plan.period).toEqual({ startYear: 2023, endYear: 2027, basis: "text" });
  });

  it("keeps the cover letter out of the plan", () => {
    expect(plan.frontMatter).toContain("关于印发《贺兰县教育质量提升行动实施方案》的");
    expect(plan.frontMatter).toContain("(此件公开发布)");
    expect(plan.preamble.startsWith("为深入实施教育质量提升行动")).toBe(true);
    expect(plan.preamble.endsWith("制订本方案。")).toBe(true);
  });

  it("puts 总体要求, 保障措施 and the 附件 line into plan text", () => {
    expect(plan.planText.map((b) => [b.title, b.kind, b.line])).toEqual([
      ["总体要求", "strategy", 33],
      ["保障措施", "safeguards", 203],
      ["附件", "attachment", 213],
    ]);
    expect(plan.planText[0]?.text).toContain("（二）主要目标\n力争到2027年，基本建成高质量教育体系");
    expect(plan.planText[2]?.text).toBe("贺兰县教育质量提升行动责任清单");
  });

  it("finds 重点任务 with 5 sub-sections and 22 tasks numbered across them", () => {
    expect(plan.sections).toHaveLength(1);
    expect(plan.sections[0]?.title).toBe("重点任务");
    const subs = plan.sections[0]?.sections ?? [];
    expect(subs.map((s) => s.tasks.map((t) => t.number))).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13],
      [14, 15, 16],
      [17, 18, 19, 20],
      [21, 22],
    ]);
    expect(subs[0]?.title).toBe("全面落实立德树人根本任务");
    expect(subs[0]?.text).toBe("牢记育人的根本在于立德，坚持五育并举，发展素质教育，着力培养德智体美劳全面发展的社会主义建设者和接班人。");
    expect(subs[3]?.text).toBeNull();
    expect(plan.warnings).toEqual([]);
  });

  it("lists lead / cooperating / responsible units of every task", () => {
    const L = "县教体局:l";
    const c = (s: string) => s.split(" ").map((n) => `${n}:c`);
    const table: Record<number, string[]> = {
      1: [L, ...c("县委宣传部 团县委 富兴街道办 各乡镇场")],
      2: [L, ...c("团县委 富兴街道办 各乡镇场")],
      3: [L, ...c("县委宣传部 团县委")],
      4: ["县委统战部（民宗局）:l", L, ...c("县财政局")],
      5: [L, ...c("县委网信办 县卫健局")],
      6: ["县教体局:r"],
      7: [L, ...c("县委网信办")],
      8: [L, ...c("县文旅局")],
      9: [L, ...c("县委网信办 富兴街道办 各乡镇场")],
      10: [L, ...c("县发改局 县财政局 县自然资源局")],
      11: [L, ...c("县发改局 县财政局 县自然资源局 县农业农村局")],
      12: [L, ...c("县财政局")],
      13: [L, ...c("县发改局 青松职业技术学校 宁夏交通学校")],
      14: [L, ...c("县人大办 县政协办 县人社局 富兴街道办")],
      15: [L, ...c("县财政局 县人社局")],
      16: [L, ...c("县委编办 县财政局 县人社局 县卫健局 县文旅局")],
      17: [L, ...c("县委网信办 县财政局")],
      18: ["县教体局:r"],
      19: ["县教体局:r"],
      20: [L, ...c("县财政局 县市场监管局 县综合执法局 县文旅局 县科技局 县民政局 县公安局 县消防大队")],
      21: ["县委宣传部:l", L, ...c("县委统战部（民宗局） 县委网信办")],
      22: [L, ...c("县委政法委 县水务局 县公安局 县卫健局 县市场监管局 县消防大队")],
    };
    for (const [n, units] of Object.entries(table)) expect({ n, units: unitList(task(Number(n))) }).toEqual({ n, units });
    expect(tasks.every((t) => t.leaders.length === 0)).toBe(true);
    // The shared-prefix completion remembers what the document actually said.
    expect(task(10).units[2]).toEqual({ name: "县财政局", role: "cooperate", raw: "财政局" });
  });

  it("splits the task paragraph into title and sentence measures", () => {
    const t2 = task(2);
    expect(t2.title).toBe("深化思政课改革创新");
    expect(t2.goal).toBeNull();
    expect(t2.measures).toHaveLength(3);
    expect(t2.measures[0]).toBe(
      "聚焦习近平新时代中国特色社会主义思想在贺兰大地的生动实践，将党的理论创新成果融入思政课堂，深化以实践教学为主题的“大思政课”综合改革，上好具有贺兰特色的“大思政课”。",
    );
  });

  it("extracts targets with years and ranges, ignoring quoted “5个100%”", () => {
    expect(task(10).targets.map((t) => [t.text, t.value, t.unit, t.comparator, t.year])).toEqual([
      ["新增幼儿园10所", 10, "所", "=", null],
      ["新增学位3600个", 3600, "个", "=", null],
      ["全县普惠性幼儿园覆盖率达到92%以上", 92, "%", ">=", 2027],
      ["新增自治区示范园5个", 5, "个", "=", 2027],
    ]);
    expect(task(6).targets).toEqual([expect.objectContaining({ value: 100, unit: "节", year: 2027 })]);
    expect(task(7).targets).toEqual([
      expect.objectContaining({ text: "力争打造体育特色学校5所", value: 5, unit: "所" }),
      expect.objectContaining({ text: "使每名学生掌握1—2项运动技能", min: 1, max: 2, unit: "项", comparator: "range" }),
    ]);
    const t15 = task(15).targets;
    expect(t15.find((t) => t.text === "培养造就2—3名引领全县基础教育改革发展")).toMatchObject({ min: 2, max: 3, unit: "名", year: 2027 });
    expect(t15.find((t) => t.text.startsWith("每年选派10名"))).toMatchObject({ value: 10, year: null });
    expect(task(20).targets).toEqual([]);
  });

  it("has no 完成时限, so no task gets a due date from dates in its prose", () => {
    expect(tasks.filter((t) => t.deadline !== null || t.dueDate !== null || t.ongoing)).toEqual([]);
  });
});
