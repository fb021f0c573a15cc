import { describe, expect, it } from "vitest";
import { normaliseName, normaliseUnit, stripQuantities, suggestDefinition, unitsAgree } from "@/lib/indicators/suggest-definition";
import { INDICATOR_CATALOGUE } from "@/lib/indicators/starting-catalogue";

const catalogue = INDICATOR_CATALOGUE.map((e) => ({ ...e, id: `id-${e.code}` }));
const codeOf = (name: string, unit: string | null = "%") => suggestDefinition({ name, unit }, catalogue)?.code ?? null;

describe("normalising names and units", () => {
  it("drops whitespace, quotes and a bracketed unit, keeps 率 / 比例 and Chinese numerals", () => {
    expect(normaliseName(" 高中阶段教育毛入学率（%）")).toBe("高中阶段教育毛入学率");
    expect(normaliseName("劳动年龄人口平均受教育年限(年)")).toBe("劳动年龄人口平均受教育年限");
    expect(normaliseName("“普惠率”")).toBe("普惠率");
    expect(normaliseName("学前三年毛入园率")).toBe("学前三年毛入园率");
    expect(stripQuantities(normaliseName("全县普惠性幼儿园覆盖率达到 92％以上"))).toBe("全县普惠性幼儿园覆盖率达到以上");
    expect(stripQuantities("近视率下降0.5个百分点")).toBe("近视率下降");
  });

  it("treats 个百分点 as a percent unit and a missing unit as no evidence", () => {
    expect(normaliseUnit("％")).toBe("%");
    expect(normaliseUnit("个百分点")).toBe("%");
    expect(normaliseUnit(" ")).toBeNull();
    expect(unitsAgree("%", null)).toBe(true);
    expect(unitsAgree("%", "年")).toBe(false);
  });
});

describe("suggestDefinition on the seed documents' indicators", () => {
  it("matches every row of xingqing's indicator table exactly", () => {
    const table: [string, string, string][] = [
      ["学前三年毛入园率", "%", "preschool-gross-enrollment"],
      ["学前教育教师持证上岗比例", "%", "preschool-teacher-certification"],
      ["普惠性学前教育覆盖率", "%", "preschool-inclusive-coverage"],
      ["公办学前教育覆盖率", "%", "preschool-public-share"],
      ["九年义务教育巩固率", "%", "compulsory-retention"],
      ["高中阶段教育毛入学率", "%", "high-school-gross-enrollment"],
      ["义务教育专任教师中本科以上学历比例", "%", "compulsory-teacher-bachelor"],
      ["残疾儿童少年义务教育阶段入学率", "%", "disabled-children-enrollment"],
      ["劳动年龄人口平均受教育年限", "年", "working-age-schooling-years"],
    ];
    for (const [name, unit, code] of table) {
      const s = suggestDefinition({ name, unit }, catalogue);
      expect(s, name).toMatchObject({ code, definitionId: `id-${code}` });
      expect(s!.confidence, name).toBeGreaterThanOrEqual(0.95);
    }
    expect(suggestDefinition({ name: "普惠性学前教育覆盖率", unit: "%" }, catalogue)).toMatchObject({ match: "name", confidence: 1 });
    expect(suggestDefinition({ name: "高中阶段教育毛入学率（%）", unit: null }, catalogue)).toMatchObject({
      code: "high-school-gross-enrollment",
      match: "synonym",
      confidence: 0.95,
    });
  });

  it("finds the rate inside a target sentence from the text", () => {
    expect(codeOf("全县普惠性幼儿园覆盖率达到92%以上")).toBe("preschool-inclusive-coverage"); // helan
    expect(codeOf("保持学前教育普惠率在90%以上")).toBe("preschool-inclusive-coverage"); // huiji
    expect(codeOf("学前教育普惠率达到86%")).toBe("preschool-inclusive-coverage"); // xingqing
    expect(codeOf("普惠性幼儿园覆盖率86%的目标")).toBe("preschool-inclusive-coverage");
    expect(codeOf("公办在园人数占比达到动态50%及以上")).toBe("preschool-public-share");
    expect(codeOf("公办覆盖率比例达到50%以上")).toBe("preschool-public-share");
    expect(codeOf("学前三年毛入园率达到103%")).toBe("preschool-gross-enrollment");
    expect(codeOf("确保幼儿教师100%持证上岗")).toBe("preschool-teacher-certification");
    expect(codeOf("高中阶段毛入学率逐年提高至95%以上")).toBe("high-school-gross-enrollment");
    expect(codeOf("确保残疾儿童入学率达95%以上")).toBe("disabled-children-enrollment"); // jinfeng
    expect(codeOf("残疾儿童少年义务教育入学率达到100%以上")).toBe("disabled-children-enrollment");
    expect(codeOf("近视率下降0.5个百分点", "个百分点")).toBe("myopia-rate");
    const contained = suggestDefinition({ name: "全县普惠性幼儿园覆盖率达到92%以上", unit: "%" }, catalogue)!;
    expect(contained.match).toBe("contains");
    expect(contained.confidence).toBeLessThan(0.9);
  });

  it("prefers the longest (most specific) term a name contains", () => {
    // 普惠率 and 学前教育普惠率 are both synonyms of one entry; 公办覆盖率 is another entry's.
    expect(suggestDefinition({ name: "学前教育普惠率", unit: "%" }, catalogue)).toMatchObject({ match: "synonym" });
  });

  it("answers null for unrelated names, disagreeing units and sub-rates the catalogue does not hold", () => {
    expect(codeOf("新增学位3600个", "个")).toBeNull();
    expect(codeOf("全年实现参训率100%")).toBeNull();
    expect(codeOf("小学六年巩固率稳定在100%")).toBeNull();
    expect(codeOf("自治区级示范园占比达到25%及以上")).toBeNull();
    expect(codeOf("特殊教育学校生均公用经费不低于6000元", "元")).toBeNull();
    expect(codeOf("学前三年毛入园率", "所")).toBeNull();
    expect(codeOf("率")).toBeNull();
    expect(suggestDefinition({ name: "普惠率", unit: "%" }, [])).toBeNull();
  });

  it("matches a short name contained in one catalogue term, and refuses to pick between equal matches", () => {
    expect(suggestDefinition({ name: "毛入园率", unit: "%" }, catalogue)).toMatchObject({ code: "preschool-gross-enrollment", match: "contains" });
    const twins = [
      { code: "a", name: "甲指标覆盖率", synonyms: [], unit: "%" },
      { code: "b", name: "乙指标覆盖率", synonyms: [], unit: "%" },
    ];
    expect(suggestDefinition({ name: "指标覆盖率", unit: "%" }, twins)).toBeNull();
    expect(suggestDefinition({ name: "甲指标覆盖率", unit: "%" }, twins)).toMatchObject({ code: "a", definitionId: null });
  });
});
