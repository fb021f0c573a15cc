import { describe, expect, it } from "vitest";
import { loadGolden } from "./load-document";

// Hand-counted from prisma/seed/documents/jinfeng-2022-party-building.txt.
const { plan, tasks, task } = loadGolden("jinfeng-2022-party-building.txt");

describe("金凤区教育党工委2022年党的建设工作要点", () => {
  it("reads title and period; PDF spacing around numbers is removed", () => {
    expect(plan.title).toBe("金凤区教育党工委2022年党的建设工作要点");
    expect(plan.period).toMatchObject({ startYear: 2022, endYear: 2022, basis: "title-year" });
    expect(plan.preamble.startsWith("2022年金凤区教育系统党的建设工作总体要求是：坚持以习近平新时代")).toBe(true);
  });

  it("finds 5 sections and 18 tasks (headings ending in 。 are still headings)", () => {
    expect(plan.sections.map((s) => s.title)).toEqual([
      "坚持政治引领，全面加强党对教育工作的领导",
      "强化理论武装，用党的创新理论铸魂育人",
      "健全组织体系，夯实建强基层组织战斗堡垒",
      "深化作风建设，营造风清气正的政治生态",
      "从严管理干部，夯实党员教师队伍建设",
    ]);
    expect(plan.sections.map((s) => s.tasks.length)).toEqual([6, 3, 3, 3, 3]);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(plan.warnings).toEqual([]);
  });

  it("splits “1、标题。正文” into title and sentence measures, goal null", () => {
    const t1 = task(1);
    expect(t1.title).toBe("强化政治建设");
    expect(t1.goal).toBeNull();
    expect(t1.measures).toEqual([
      "把政治建设摆在首位，旗帜鲜明讲政治，坚持和完善党对教育工作的全面领导，始终把党建工作和教育教学工作同谋划、同部署、同落实，相互促进、相互提高。",
      "教育引导广大党员教师在政治上思想上行动上自觉同以习近平同志为核心的党中央保持高度一致，牢固树立“四个意识”，始终坚定“四个自信”，坚决做到“两个维护”。",
    ]);
    // A stray space inside a word ("领 导职责") is a PDF artefact.
    expect(task(3).measures[0]).toContain("保落实的领导职责");
    expect(tasks.every((t) => t.leaders.length === 0 && t.units.length === 0)).toBe(true);
  });

  it("keeps the 名词解释 glossary out of the tasks", () => {
    expect(plan.planText).toHaveLength(1);
    const glossary = plan.planText[0];
    expect(glossary).toMatchObject({ title: "名词解释", kind: "glossary", line: 286 });
    expect(glossary?.text).toContain("三亮三比一争优");
    expect(glossary?.text).toContain("五个到群众中去");
    expect(task(18).endLine).toBe(285);
    expect(task(18).measures.join("")).not.toContain("名词解释");
  });

  it("extracts targets, including 年内 and a Chinese numeral, but not slogans", () => {
    expect(task(1).targets).toEqual([]);
    expect(task(4).targets).toEqual([expect.objectContaining({ text: "各校每学期至少召开1次意识形态工作专题会议", value: 1, unit: "次", comparator: ">=" })]);
    expect(task(8).targets).toEqual([
      expect.objectContaining({ value: 4, unit: "节", comparator: ">=", year: null }),
      expect.objectContaining({ value: 4, unit: "课时", comparator: ">=" }),
      expect.objectContaining({ value: 24, unit: "学时", comparator: ">=", year: 2022 }),
    ]);
    expect(task(10).targets).toEqual([expect.objectContaining({ value: 3, min: 3, max: 5, unit: "个", comparator: "range", year: 2022 })]);
    // “金凤区级以上” precedes the number: it is not a ≥ comparator for it.
    expect(task(11).targets).toEqual([expect.objectContaining({ value: 1, unit: "个", comparator: "=", year: 2022 })]);
    expect(task(17).targets).toEqual([expect.objectContaining({ text: "各中小学校党支部确保每年发展一名优秀青年教师入党", value: 1, unit: "名", year: null })]);
    expect(task(18).targets).toEqual([expect.objectContaining({ text: "全年实现参训率100%", value: 100, unit: "%", comparator: "=", year: 2022 })]);
  });
});
