import { describe, expect, it } from "vitest";
import { classifyNonTaskTitle, matchNumberedHeading, matchSpecialHeading, splitHeadingTitle } from "@/lib/plans/parser/headings";
import { matchLabelLine, extractInlineFields } from "@/lib/plans/parser/fields";

describe("matchNumberedHeading", () => {
  it.each([
    ["一、推进党建引领", "cn", 2, 1],
    ["十二、其他", "cn", 2, 12],
    ["一、 发展基础", "cn", 2, 1],
    ["（一）基本情况", "paren-cn", 3, 1],
    ["(五) 全面推进教育治理现代化", "paren-cn", 3, 5],
    ["1.强化党的理论武装", "arabic", 4, 1],
    ["10、强化支部标准化规范化建设。", "arabic", 4, 10],
    ["1． 全角点", "arabic", 4, 1],
    ["24. “官方带娃”服务品质再升级。", "arabic", 4, 24],
    ["（1）开展支部评星", "paren-arabic", 5, 1],
    ["2）分步实施", "paren-arabic", 5, 2],
    ["③加强督导", "circled", 6, 3],
    ["第二章 主要任务", "chapter", 1, 2],
  ])("%s", (text, style, rank, number) => {
    expect(matchNumberedHeading(text)).toMatchObject({ style, rank, number });
  });

  it.each(["1.5%的学校", "10.758", "2022年金凤区教育工作", "一是目前的教育发展", "3-5个党建示范点", "1."])("%s is not a heading", (text) => {
    expect(matchNumberedHeading(text)).toBeNull();
  });
});

describe("splitHeadingTitle", () => {
  it("takes the first sentence as title and the rest as body", () => {
    expect(splitHeadingTitle("强化政治建设。把政治建设摆在首位，")).toEqual({ title: "强化政治建设", body: "把政治建设摆在首位，" });
    expect(splitHeadingTitle("全面提升学前教育普及普惠水平。")).toEqual({ title: "全面提升学前教育普及普惠水平", body: "" });
    expect(splitHeadingTitle("改进作风，提升质效")).toEqual({ title: "改进作风，提升质效", body: "" });
  });
  it("does not stop at a full stop inside quotes", () => {
    expect(splitHeadingTitle("推广“说学。教育”模式。正文")).toEqual({ title: "推广“说学。教育”模式", body: "正文" });
  });
  it("uses a short lead before a colon as title", () => {
    expect(splitHeadingTitle("指导思想：以习近平新时代中国特色社会主义思想为指导")).toEqual({
      title: "指导思想",
      body: "以习近平新时代中国特色社会主义思想为指导",
    });
  });
});

describe("non-task headings", () => {
  it.each([
    ["发展基础", "review"],
    ["“十三五”取得的成就", "review"],
    ["“十四五”发展机遇与挑战", "review"],
    ["指导思想", "strategy"],
    ["总体要求", "strategy"],
    ["发展目标", "goals"],
    ["主要目标", "goals"],
    ["保障措施", "safeguards"],
    ["组织实施", "safeguards"],
    // A 督查通报 opens with where things stand and closes with whom to call.
    ["总体情况", "review"],
    ["联系人", "safeguards"],
  ])("%s → %s", (title, kind) => {
    expect(classifyNonTaskTitle(title)).toBe(kind);
  });
  it.each(["加强组织领导", "重点任务", "发展任务", "全面推进高质量教育体系建设", "强化政治建设"])("%s is a task heading", (title) => {
    expect(classifyNonTaskTitle(title)).toBeNull();
  });
  it("recognises unnumbered 前言 / 名词解释 / 附件", () => {
    expect(matchSpecialHeading("前 言")).toMatchObject({ kind: "preface" });
    expect(matchSpecialHeading(" 名词解释：")).toMatchObject({ kind: "glossary", rest: "" });
    expect(matchSpecialHeading("附件：贺兰县教育质量提升行动责任清单")).toMatchObject({ kind: "attachment", rest: "贺兰县教育质量提升行动责任清单" });
    expect(matchSpecialHeading("附件材料要按时报送。")).toBeNull();
  });
});

describe("field labels", () => {
  it("accepts full- and half-width colons, spaces and 【】", () => {
    expect(matchLabelLine("责任领导：张学兵 高学芳")).toMatchObject({ label: "责任领导", def: { kind: "leaders" }, value: "张学兵 高学芳" });
    expect(matchLabelLine("牵头单位:县教体局")).toMatchObject({ def: { kind: "units", role: "lead" }, value: "县教体局" });
    expect(matchLabelLine("配 合 单 位 ： 县财政局")).toMatchObject({ def: { kind: "units", role: "cooperate" }, value: "县财政局" });
    expect(matchLabelLine("【责任单位】各中小学校")).toMatchObject({ def: { kind: "units", role: "responsible" }, value: "各中小学校" });
    expect(matchLabelLine("具体措施：树牢大局意识")).toMatchObject({ def: { kind: "measures" } });
    expect(matchLabelLine("目标任务：")).toMatchObject({ def: { kind: "goal" }, value: "" });
    expect(matchLabelLine("县委教育工作领导小组各成员单位：")).toBeNull();
    expect(matchLabelLine("总体要求是：以习近平")).toBeNull();
  });
  it("pulls 牵头/配合 assignments out of running prose", () => {
    const r = extractInlineFields("新增学位500个。（牵头单位：县教体局；配合单位：县财政局、人社局）");
    expect(r.text).toBe("新增学位500个。");
    expect(r.fields.map((f) => [f.label, f.value])).toEqual([
      ["牵头单位", "县教体局"],
      ["配合单位", "县财政局、人社局"],
    ]);
    expect(extractInlineFields("明确了责任单位：的职责").fields).toEqual([]);
  });
});
