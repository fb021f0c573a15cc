import { describe, expect, it } from "vitest";
import { looseUnitKey, unitNameKey } from "@/lib/units/normalise-unit-name";

describe("unitNameKey: names the import treats as one unit", () => {
  const same: [string, string][] = [
    ["各中小学、幼儿园", "各中小学校、幼儿园"],
    ["各中小学、幼儿园", "各幼儿园、中小学"],
    ["各中小学、幼儿园", "各中小学，幼儿园"],
    ["教育党工委", "党工委"],
    ["教育工委", "党工委"],
    ["教 研 室", "教研室"],
    ["\u3000教研室 ", "教研室"],
    ["县委统战部（民宗局）", "县委统战部(民宗局)"],
    ["富兴街道办事处", "富兴街道办"],
    ["富兴街道", "富兴街道办"],
    ["金贵镇人民政府", "金贵镇"],
    ["县教育体育局", "县教体局"],
    ["各学校等", "各学校"],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => expect(unitNameKey(a)).toBe(unitNameKey(b)));

  const different: [string, string][] = [
    ["县财政局", "市财政局"],
    ["第一中学", "第二中学"],
    ["各中小学", "各幼儿园"],
    ["县委", "党工委"],
    ["县直机关工委", "党工委"],
  ];
  for (const [a, b] of different) it(`${a} ≠ ${b}`, () => expect(unitNameKey(a)).not.toBe(unitNameKey(b)));
});

describe("looseUnitKey: likely duplicates an admin is offered", () => {
  it("drops the place prefix and the body suffix", () => {
    expect(looseUnitKey("发改部门")).toBe(looseUnitKey("县发改局"));
    expect(looseUnitKey("财政局")).toBe(looseUnitKey("县财政局"));
    expect(looseUnitKey("县委宣传部")).toBe(looseUnitKey("宣传部"));
  });
  it("keeps different bodies apart", () => {
    expect(looseUnitKey("县财政局")).not.toBe(looseUnitKey("县公安局"));
    expect(looseUnitKey("各中小学")).not.toBe(looseUnitKey("各幼儿园"));
  });
});
