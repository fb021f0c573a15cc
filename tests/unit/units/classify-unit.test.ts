// The kind a unit gets from its name, as county and district documents write
// names (not only the seed documents').
import { describe, expect, it } from "vitest";
import { guessUnitKind } from "@/lib/units/classify-unit";

const CASES: Record<string, string[]> = {
  department: [
    "教研室",
    "基教室",
    "办公室",
    "财务室",
    "督导室",
    "人事科",
    "基础教育股",
    "信息中心",
    "学生资助中心",
    "县教体局",
    "贺兰县教育体育局",
    "局办公室",
    "县教育信息中心",
    "教师发展中心",
  ],
  school: [
    "宁夏交通学校",
    "青松职业技术学校",
    "贺兰一中",
    "金凤区第一小学",
    "银川市第三中学",
    "县第二中学",
    "立岗镇中心学校",
    "回民完小",
    "县职教中心",
    "县特殊教育学校",
    "银川九中",
    "北塔中学分校",
  ],
  kindergarten: ["贺兰县第一幼儿园", "区实验幼儿园", "金贵镇中心幼儿园", "机关幼儿园", "三幼"],
  township: ["富兴街道办", "富兴街道办事处", "长城东路街道", "立岗镇", "金贵镇人民政府", "常信乡", "洪广镇政府", "暖泉农场", "民乐社区"],
  county_department: [
    "县委统战部",
    "县委统战部（民宗局）",
    "县委统战部(民宗局)",
    "县委宣传部",
    "团县委",
    "县财政局",
    "县委网信办",
    "县卫健局",
    "区编办",
    "发改部门",
    "住建部门",
    "公安部门",
    "市场监管部门",
    "县人大办",
    "县政协办",
    "县消防大队",
    "县委政法委",
    "县水务局",
    "区人社局",
    "区卫健委",
    "县关工委",
    "县委党校",
    "县人民医院",
    "区妇联",
    "县总工会",
    "县委",
  ],
  party_branch: ["教育党工委", "党工委", "教育工委", "机关党委", "局党组", "第一中学党支部", "县直机关工委", "机关党总支"],
  group: [
    "各中小学、幼儿园",
    "各中小学校、幼儿园",
    "各中小学校",
    "各幼儿园",
    "各学校",
    "各街道",
    "各乡镇场",
    "各支部",
    "各中小学校党支部",
    "局机关各科室",
    "各二级机构",
    "各中心学校",
    "局直学校（园）",
    "中小学、幼儿园",
    "相关部门",
    "有关单位",
    "全县中小学",
    "中小学校",
  ],
  other: ["家长委员会", "新闻媒体", "社会力量", ""],
};

describe("guessUnitKind", () => {
  for (const [kind, names] of Object.entries(CASES)) {
    it(`reads ${names.length} names as ${kind}`, () => {
      expect(names.map((name) => [name, guessUnitKind(name)])).toEqual(names.map((name) => [name, kind]));
    });
  }

  it("ignores padding spaces", () => {
    expect(guessUnitKind(" 县委 统战部 ")).toBe("county_department");
    expect(guessUnitKind("教育 党工委")).toBe("party_branch");
  });
});
