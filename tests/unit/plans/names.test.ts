import { describe, expect, it } from "vitest";
import { looksLikePersonName, mergePaddedTokens, splitPeople, splitUnits } from "@/lib/plans/parser/names";

describe("splitPeople", () => {
  it("glues padded two-character names back together", () => {
    expect(splitPeople("张学兵 赵 丽 崔 茜 高学芳 马学明")).toEqual(["张学兵", "赵丽", "崔茜", "高学芳", "马学明"]);
    expect(splitPeople("崔 茜 马学明")).toEqual(["崔茜", "马学明"]);
  });

  it("accepts 、 ， ； and / as separators and drops titles in brackets", () => {
    expect(splitPeople("王明（副局长）、李 华；张三丰，赵四/钱五")).toEqual(["王明", "李华", "张三丰", "赵四", "钱五"]);
  });

  it("drops posts written beside a name, before or after it, with or without a space", () => {
    expect(splitPeople("马 强（副县长）")).toEqual(["马强"]);
    expect(splitPeople("局长 王建平、副局长李华、张伟局长")).toEqual(["王建平", "李华", "张伟"]);
    // Posts listed before one name are all that person's.
    expect(splitPeople("县委常委、副县长 马强")).toEqual(["马强"]);
    expect(splitPeople("局党组书记、局长 张三；副局长 李四")).toEqual(["张三", "李四"]);
    expect(splitPeople("局党组书记、局长、总督学 张三")).toEqual(["张三"]);
    // The bureau's party committee (局党委) as its party group (局党组), the name glued to the last post.
    expect(splitPeople("局党委书记、局长王伟")).toEqual(["王伟"]);
    expect(splitPeople("局党委副书记 王伟")).toEqual(["王伟"]);
    // A padded two-character name whose first half carries the post.
    expect(splitPeople("四级调研员张 强")).toEqual(["张强"]);
    expect(splitPeople("副局长：李红")).toEqual(["李红"]);
    // Whose post it is: the inspection team stationed at the bureau, the organs' party committee.
    expect(splitPeople("派驻纪检组组长 苏海燕")).toEqual(["苏海燕"]);
    expect(splitPeople("机关党委专职副书记 田志刚")).toEqual(["田志刚"]);
    expect(splitPeople("副局长李 华、张 强")).toEqual(["李华", "张强"]);
    // One post at two ranks is two people: the 局长 is named by post only.
    expect(splitPeople("局长、副局长李四")).toEqual(["局长", "李四"]);
    expect(splitPeople("党组书记、副书记 张三")).toEqual(["党组书记", "张三"]);
    // A hostile list of posts is looked at once, not once per post.
    const started = Date.now();
    expect(splitPeople("局党组书记、".repeat(100_000) + "局长 张三")).toEqual(["局党组书记", "张三"]);
    expect(Date.now() - started).toBeLessThan(5_000);
    // A post alone, or with no name left beside it, stays as written (and the parser warns that it is no name).
    expect(splitPeople("局长、分管副局长")).toEqual(["局长", "分管副局长"]);
    for (const v of ["分管副局长", "各校校长", "教育局局长", "县委书记", "王主任"]) expect(splitPeople(v)).toEqual([v]);
    expect(splitPeople("局党组书记、局长")).toEqual(["局党组书记", "局长"]);
  });

  it("drops a post with whose it is written before it (纪委书记, 区教育局局长, 办公室主任, 分管副局长)", () => {
    const written = ["纪检组长 冉丽", "纪委书记 冉丽", "工会主席 冉丽", "办公室主任 冉丽", "党委副书记 冉丽", "区教育局局长 冉丽", "县政府副县长 冉丽"];
    for (const v of [...written, "督导室主任冉丽", "分管副局长冉丽", "三级调研员冉丽", "冉丽（纪检组长）"]) expect(splitPeople(v)).toEqual(["冉丽"]);
    expect(splitPeople("工会主席、办公室主任")).toEqual(["工会主席", "办公室主任"]);
  });

  it("drops a civil-service rank written before a name (三级主任科员 周 敏, 二级巡视员王宏)", () => {
    expect(splitPeople("三级主任科员 周 敏")).toEqual(["周敏"]);
    for (const v of ["二级巡视员王宏", "副调研员 王宏", "一级科员 王宏", "四级主任科员王宏"]) expect(splitPeople(v)).toEqual(["王宏"]);
    expect(splitPeople("一级主任科员")).toEqual(["一级主任科员"]);
  });

  it("ends an odd run of single characters with a three-character name", () => {
    expect(mergePaddedTokens(["赵", "丽", "欧", "阳", "锋"])).toEqual(["赵丽", "欧阳锋"]);
    expect(mergePaddedTokens(["王", "小", "明"])).toEqual(["王小明"]);
  });

  it("deduplicates", () => {
    expect(splitPeople("崔茜 崔 茜")).toEqual(["崔茜"]);
  });

  it("recognises plausible person names", () => {
    expect(looksLikePersonName("崔茜")).toBe(true);
    expect(looksLikePersonName("买买提·艾力")).toBe(true);
    expect(looksLikePersonName("各校校长负责人")).toBe(false);
  });

  it("recognises a minority name of five to eight characters written without its ·, and no unit or post as one", () => {
    for (const name of ["阿不都热合曼", "买买提依明", "额尔敦朝鲁", "那顺巴雅尔", "古丽娜尔吐尔逊"]) expect(looksLikePersonName(name)).toBe(true);
    for (const other of ["教育局办公室", "各乡镇中心学校", "县委宣传部", "分管副局长", "基础教育股", "阿拉善盟教育局"]) {
      expect(looksLikePersonName(other)).toBe(false);
    }
  });
});

describe("splitUnits", () => {
  it("reads a bracketed mark as the one unit's role, a verb after the units as the chain's, and keeps a shared prefix", () => {
    const roles = (v: string) => splitUnits(v, "responsible").map((u) => `${u.role}:${u.name}`);
    expect(roles("县委宣传部、县教育局（配合）")).toEqual(["responsible:县委宣传部", "cooperate:县教育局"]);
    expect(roles("县教育局（牵头）、县财政局")).toEqual(["lead:县教育局", "responsible:县财政局"]);
    expect(roles("县财政局、县人社局配合")).toEqual(["cooperate:县财政局", "cooperate:县人社局"]);
    expect(roles("县发改局、财政局（协同）")).toEqual(["responsible:县发改局", "cooperate:县财政局"]);
  });

  it("splits space-separated lists and keeps 各… group units whole", () => {
    expect(splitUnits("教研室 基教室 各中小学校、幼儿园", "responsible").map((u) => u.name)).toEqual(["教研室", "基教室", "各中小学校、幼儿园"]);
    expect(splitUnits("督导室、各街道、镇", "cooperate").map((u) => u.name)).toEqual(["督导室", "各街道、镇"]);
  });

  it("shares a region prefix along a 、 chain, remembering the raw spelling", () => {
    expect(splitUnits("县发改局、财政局、自然资源局、农业农村局，", "cooperate")).toEqual([
      { name: "县发改局", role: "cooperate" },
      { name: "县财政局", role: "cooperate", raw: "财政局" },
      { name: "县自然资源局", role: "cooperate", raw: "自然资源局" },
      { name: "县农业农村局", role: "cooperate", raw: "农业农村局" },
    ]);
    expect(splitUnits("县委统战部（民宗局）、网信办", "cooperate").map((u) => u.name)).toEqual(["县委统战部（民宗局）", "县委网信办"]);
    // A township's street office or government is its own, not the district's.
    expect(splitUnits("区交警大队、南院门街道、八里镇人民政府、财政局", "cooperate").map((u) => u.name)).toEqual([
      "区交警大队",
      "南院门街道",
      "八里镇人民政府",
      "区财政局",
    ]);
  });

  it("does not share the region of an office inside a bureau (区教育局计财科、装备中心)", () => {
    expect(splitUnits("区教育局计财科、装备中心", "responsible").map((u) => u.name)).toEqual(["区教育局计财科", "装备中心"]);
    expect(splitUnits("县发改局、财政局", "responsible").map((u) => u.name)).toEqual(["县发改局", "县财政局"]);
  });

  it("does not mistake 市场 for a region nor prefix names that already have one", () => {
    expect(splitUnits("县财政局、市场监管局、团县委", "cooperate").map((u) => u.name)).toEqual(["县财政局", "县市场监管局", "团县委"]);
  });

  it("gives places listed before a bureau its name (甘州区、临泽县教育局), as a city's 督办 list writes its districts", () => {
    const names = (v: string) => splitUnits(v, "responsible").map((u) => u.name);
    expect(names("甘州区、临泽县教育局")).toEqual(["甘州区教育局", "临泽县教育局"]);
    expect(names("玉门市、瓜州县、肃北蒙古族自治县教育局")).toEqual(["玉门市教育局", "瓜州县教育局", "肃北蒙古族自治县教育局"]);
    // Only places alone take it: an office before them keeps its own name, and a bureau's offices stay as they are.
    expect(names("市财政局、甘州区、临泽县教体局")).toEqual(["市财政局", "甘州区教体局", "临泽县教体局"]);
    expect(names("县财政局、县教育局")).toEqual(["县财政局", "县教育局"]);
    expect(names("岷县、漳县教育局（牵头）")).toEqual(["岷县教育局", "漳县教育局"]);
    // A word for some area is no place: 各学区, 城区, 县区 keep their own names.
    expect(names("各学区、临泽县教育局")).toEqual(["各学区", "临泽县教育局"]);
    expect(names("城区、甘州区教育局")).toEqual(["城区", "甘州区教育局"]);
    expect(names("各县区、高新区管委会")).toEqual(["各县区", "高新区管委会"]);
  });

  it("gives townships listed before a township's school its kind (阿干镇、八里镇、黄峪镇中心校), never a word for all of them", () => {
    const names = (v: string) => splitUnits(v, "responsible").map((u) => u.name);
    expect(names("阿干镇、八里镇、黄峪镇中心校")).toEqual(["阿干镇中心校", "八里镇中心校", "黄峪镇中心校"]);
    expect(names("西园街道、敦煌路街道中心学校")).toEqual(["西园街道中心学校", "敦煌路街道中心学校"]);
    expect(names("城关镇、柳泉乡人民政府")).toEqual(["城关镇人民政府", "柳泉乡人民政府"]);
    expect(names("县教育局、城关镇、柳泉乡中心学校")).toEqual(["县教育局", "城关镇中心学校", "柳泉乡中心学校"]);
    expect(names("城乡、柳泉乡中心学校")).toEqual(["城乡", "柳泉乡中心学校"]);
    expect(names("各乡镇、城关镇中心学校")).toEqual(["各乡镇", "城关镇中心学校"]);
    expect(names("东乡镇、南乡镇人民政府")).toEqual(["东乡镇人民政府", "南乡镇人民政府"]);
    // Only a township's own kind of unit: never a county bureau, a street office or a health centre.
    expect(names("城关镇、西川镇、县乡村振兴局")).toEqual(["城关镇", "西川镇", "县乡村振兴局"]);
    expect(names("城关镇、县住房和城乡建设局")).toEqual(["城关镇", "县住房和城乡建设局"]);
    expect(names("城关镇、东关街道办事处")).toEqual(["城关镇", "东关街道办事处"]);
    expect(names("西关街道、南关街道社区卫生服务中心")).toEqual(["西关街道", "南关街道社区卫生服务中心"]);
  });

  it("does not give a company the county's name (县教育局、供电公司)", () => {
    expect(splitUnits("县教育局、移动公司、电信公司、县财政局", "responsible").map((u) => u.name)).toEqual(["县教育局", "移动公司", "电信公司", "县财政局"]);
  });

  it("does not share a prefix across ， (separate list items)", () => {
    expect(splitUnits("县委宣传部，团县委，富兴街道办，各乡镇场", "cooperate").map((u) => u.name)).toEqual(["县委宣传部", "团县委", "富兴街道办", "各乡镇场"]);
  });

  it("glues padded unit names and drops 等", () => {
    expect(splitUnits("教 研 室、信息中心等", "lead").map((u) => u.name)).toEqual(["教研室", "信息中心"]);
    expect(splitUnits("教研室 等", "lead").map((u) => u.name)).toEqual(["教研室"]);
  });
});
