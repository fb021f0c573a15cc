import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/plans/parser/targets";

const targets = (text: string, currentYear: number | null = 2024) => extractTargets({ text, starts: [{ offset: 0, line: 7 }] }, { currentYear }).targets;
const one = (text: string, currentYear: number | null = 2024) => {
  const found = targets(text, currentYear);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("extractTargets — comparators and units", () => {
  it("达到…以上 → >=", () => {
    expect(one("普惠性幼儿园覆盖率达到92%以上")).toMatchObject({ value: 92, unit: "%", comparator: ">=", year: null, line: 7 });
  });
  it("不低于 / 不少于 / 至少 → >=", () => {
    expect(one("特殊教育学校生均公用经费不低于6000元")).toMatchObject({ value: 6000, unit: "元", comparator: ">=" });
    expect(one("每学期听思政课不少于 4 节")).toMatchObject({ value: 4, unit: "节", comparator: ">=" });
    expect(one("每学期至少组织2次家长会")).toMatchObject({ value: 2, unit: "次", comparator: ">=" });
  });
  it("以下 / 不高于 / 控制在…以内 → <=", () => {
    expect(one("近视率控制在50%以内")).toMatchObject({ value: 50, comparator: "<=" });
    expect(one("班额不高于45人")).toMatchObject({ value: 45, unit: "人", comparator: "<=" });
    expect(one("大班额比例降到5%以下")).toMatchObject({ value: 5, comparator: "<=" });
  });
  it("降低至 / 压减至 / 降到 → <=: a level to come down to (as =, 5% would read behind a 10% goal)", () => {
    expect(one("义务教育学校不达标率降低至10%")).toMatchObject({ value: 10, unit: "%", comparator: "<=" });
    expect(one("农村小规模学校压减至30所")).toMatchObject({ value: 30, comparator: "<=" });
    expect(one("班额降到45人")).toMatchObject({ value: 45, comparator: "<=" });
  });
  it("plain 新增 / 建成 / 达到 → =", () => {
    expect(one("新增幼儿园10所")).toMatchObject({ text: "新增幼儿园10所", value: 10, unit: "所", comparator: "=" });
    expect(one("建成智慧教室120间")).toMatchObject({ value: 120, unit: "间" });
    expect(one("学前三年毛入园率达到103%")).toMatchObject({ value: 103, comparator: "=" });
  });
  it("a count that describes what is measured (5年360学时培训) is part of the name when the clause sets its own value", () => {
    expect(one("教师5年360学时培训完成率达到100%")).toMatchObject({ value: 100, unit: "%", comparator: "=" });
    expect(one("每百名学生拥有2名以上骨干教师的学校比例不低于80%")).toMatchObject({ value: 80, unit: "%", comparator: ">=" });
    // Not a rate's name: the count is the clause's own target (found by a review of the rule).
    expect(one("建成标准化学校5所达到2023年省定标准")).toMatchObject({ value: 5, unit: "所" });
    expect(targets("新建公办幼儿园3所使全区普惠性幼儿园覆盖率达到92%以上").map((t) => t.value)).toEqual([3, 92]);
    expect(targets("完成50所学校校舍改造任务并使达标率达到100%").map((t) => t.value)).toEqual([50, 100]);
    expect(targets("投入资金3000万元将生均公用经费提高到1200元").map((t) => t.value)).toEqual([3000, 1200]);
    expect(targets("新增学位5000个总学位数达到12万个").map((t) => t.value)).toContain(5000);
    // Items apart: each 达到 has its own value.
    expect(targets("每百名学生拥有高于规定学历教师数小学达到4.2人、初中达到5.3人").map((t) => t.value)).toEqual([4.2, 5.3]);
  });
  it("figures with no unit: a coefficient set to a decimal (差异系数降至0.45以下), a ratio written 19:1 (生师比控制在19:1以内)", () => {
    expect(targets("小学综合差异系数降至0.45以下，初中综合差异系数不高于0.40。").map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [0.45, "", "<="],
      [0.4, "", "<="],
    ]);
    expect(one("小学生师比控制在19:1以内")).toMatchObject({ value: 19, unit: ":1", comparator: "<=" });
    expect(targets("差异系数为0.52，高于标准。占比达到60%。")).toMatchObject([{ value: 60, unit: "%" }]);
    expect(targets("教育质量综合指数提高到1.2倍").map((t) => [t.value, t.unit])).toEqual([[1.2, "倍"]]);
    // 小于或等于, a group's figure after 均, the next group's after 、; the count in the coefficient's name is no target.
    expect(targets("到2027年，资源配置7项指标校际差异系数小学均小于或等于0.50、初中均小于或等于0.45。").map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [0.5, "", "<="],
      [0.45, "", "<="],
    ]);
  });
  it("one value said of several names (A率、B率、C率均达到100%) is each name's target", () => {
    expect(targets("学校专职保安配备率、封闭化管理率、护学岗设置率均达到100%。").map((t) => [t.text, t.value])).toEqual([
      ["学校专职保安配备率达到100%", 100],
      ["封闭化管理率达到100%", 100],
      ["护学岗设置率达到100%", 100],
    ]);
    expect(targets("义务教育巩固率、高中阶段毛入学率都保持在98%以上。").map((t) => t.text)).toEqual([
      "义务教育巩固率保持在98%以上",
      "高中阶段毛入学率保持在98%以上",
    ]);
    // Items each with its own figure stay apart, as before.
    expect(targets("新建中小学1所、续建11所、投用1所。").map((t) => t.text)).toEqual(["新建中小学1所", "续建11所", "投用1所"]);
  });

  it("ranges 3-5 / 8—10 / 3至5 / 1～2", () => {
    expect(one("年内创建3-5个党建示范点")).toMatchObject({ value: 3, min: 3, max: 5, unit: "个", comparator: "range", year: 2024 });
    expect(one("培养造就8—10名教育家型教师")).toMatchObject({ min: 8, max: 10, unit: "名" });
    expect(one("遴选3至5所学校")).toMatchObject({ min: 3, max: 5, unit: "所" });
    expect(one("掌握1～2项运动技能")).toMatchObject({ min: 1, max: 2, unit: "项" });
    // The unit written after both figures: one range, not two levels that contradict each other.
    expect(targets("普惠性幼儿园覆盖率达到90%—95%。")).toMatchObject([{ min: 90, max: 95, unit: "%", comparator: "range" }]);
    expect(targets("资助面达到在园幼儿总数的10%至15%。")).toMatchObject([{ min: 10, max: 15, unit: "%", comparator: "range" }]);
    // Two figures of different units are two figures.
    expect(targets("新建宿舍3栋、食堂2个").map((t) => [t.value, t.unit])).toEqual([
      [3, "栋"],
      [2, "个"],
    ]);
  });
  it("a share in words: 百分之九十五, 百分之百, and 五成 after the verb that sets it", () => {
    expect(targets("本科学历比例不少于五成，收费监管覆盖率达到百分之百，关爱覆盖率达到百分之九十五。").map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [50, "%", ">="],
      [100, "%", "="],
      [95, "%", "="],
    ]);
    // 形成 / 建成 name no share, nor does a slogan's 四个百分百.
    expect(targets("形成长效机制，建成一批示范校，守牢四个百分百。")).toEqual([]);
  });
  it("下降/提高 X 个百分点 → signed change", () => {
    expect(one("近视率下降0.5个百分点")).toMatchObject({ value: -0.5, unit: "个百分点", comparator: "change" });
    expect(one("优秀率提高 3 个百分点")).toMatchObject({ value: 3, comparator: "change" });
    expect(one("经费投入增长10%")).toMatchObject({ value: 10, unit: "%", comparator: "change" });
    // 提高至 is a level, not a change.
    expect(one("毛入学率逐年提高至95%以上")).toMatchObject({ value: 95, comparator: ">=" });
  });
  it("multi-character units win over their prefixes", () => {
    expect(targets("总投资13.73亿元，新增校舍2.5万平方米，培训1200人次").map((t) => [t.value, t.unit])).toEqual([
      [13.73, "亿元"],
      [2.5, "万平方米"],
      [1200, "人次"],
    ]);
  });
  it("counts in 万 of things (学位1.5万个, 图书12万册) and the measure words of fields and buses (块, 辆, 亩, 公里…)", () => {
    expect(targets("新建中小学12所，新增学位1.5万个，新增图书12万册").map((t) => [t.value, t.unit])).toEqual([
      [12, "所"],
      [1.5, "万个"],
      [12, "万册"],
    ]);
    expect(targets("新建社会足球场5块，更新校车20辆，新增校园用地30亩，建成绿道3公里").map((t) => [t.value, t.unit])).toEqual([
      [5, "块"],
      [20, "辆"],
      [30, "亩"],
      [3, "公里"],
    ]);
  });
  it("narrows text to the 、 item when a clause lists several counts", () => {
    expect(targets("新建中小学 1 所、续建 11 所、投用 1 所").map((t) => t.text)).toEqual(["新建中小学1所", "续建11所", "投用1所"]);
  });

  it("reads ＞ / ＜ before a value as at least / at most", () => {
    expect(targets("覆盖率＞90%，辍学率<1%").map((t) => [t.value, t.comparator])).toEqual([
      [90, ">="],
      [1, "<="],
    ]);
  });

  it("a value the text rises or falls from is where it starts, not a target", () => {
    expect(targets("普惠性幼儿园覆盖率从2020年的85.2%提高到2025年的86%").map((t) => [t.value, t.unit, t.comparator, t.year])).toEqual([[86, "%", "=", 2025]]);
    expect(targets("近视率由52%下降到48%").map((t) => t.value)).toEqual([48]);
    expect(targets("从3所学校起步，建成10所").map((t) => t.value)).toEqual([3, 10]);
  });

  it("reads 1,200 as one number, a clause comma ， as none, and a run of digits longer than any target as nothing", () => {
    expect(targets("新增学位1,200个，投入资金3,500.5万元，新增公办学位2,000个").map((t) => [t.value, t.unit])).toEqual([
      [1200, "个"],
      [3500.5, "万元"],
      [2000, "个"],
    ]);
    expect(targets("分别新增学位600，400个").map((t) => t.value)).toEqual([400]);
    expect(targets("到2025,100%的学校达标").map((t) => [t.value, t.unit])).toEqual([[100, "%"]]);
    expect(targets("编号12345678901234567890个")).toEqual([]);
  });
});

describe("extractTargets — years", () => {
  it("到2027年 earlier in the sentence", () => {
    expect(targets("到 2027 年，全县普惠性幼儿园覆盖率达到 92%以上，新增自治区示范园 5 个。").map((t) => t.year)).toEqual([2027, 2027]);
  });
  it("到“十四五”末 → 2025, 到“十五五”末 → 2030", () => {
    expect(one("到“十四五”末，完成20所幼儿园新建工作")).toMatchObject({ year: 2025 });
    expect(one("到“十五五”末，新建学校8所")).toMatchObject({ year: 2030 });
  });
  it("年内 / 今年 / 全年 → the plan's year; 每年 → none", () => {
    expect(one("今年新建学校2所", 2023)).toMatchObject({ year: 2023 });
    expect(one("全年实现参训率 100%", 2022)).toMatchObject({ year: 2022 });
    expect(one("到2027年，每年选派10名校长挂职")).toMatchObject({ year: null });
  });
  it("a year cue does not leak into the next sentence", () => {
    expect(targets("到2025年，建成示范校3所。新增学位500个。").map((t) => t.year)).toEqual([2025, null]);
  });
  it("a year ahead that opens the sentence holds across its semicolons; a year of the situation does not", () => {
    const goals = "到2027年，全县学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率稳定在90%以上；公办园在园幼儿占比达到55%；新建公办幼儿园6所，新增学位1800个。";
    expect(targets(goals).map((t) => [t.value, t.year])).toEqual([
      [95, 2027],
      [90, 2027],
      [55, 2027],
      [6, 2027],
      [1800, 2027],
    ]);
    expect(targets("到“十四五”末，打造示范校5所；每百名学生拥有多媒体教室2.3间以上。").map((t) => t.year)).toEqual([2025, 2025]);
    expect(targets("2020年，全区学前三年毛入园率为85%；新建幼儿园3所。").map((t) => [t.value, t.year])).toEqual([
      [85, 2020],
      [3, null],
    ]);
  });
  it("a value by year (到2024年达到93%，2025年达到95%，2026年稳定在96%以上): each its year, named by the first clause's subject", () => {
    const found = targets("学前三年毛入园率到2024年达到93%，2025年达到95%，2026年稳定在96%以上；公办园在园幼儿占比逐年提高，2026年达到60%。");
    expect(found.map((t) => [t.text, t.value, t.year])).toEqual([
      ["学前三年毛入园率到2024年达到93%", 93, 2024],
      ["学前三年毛入园率2025年达到95%", 95, 2025],
      ["学前三年毛入园率2026年稳定在96%以上", 96, 2026],
      ["2026年达到60%", 60, 2026],
    ]);
    expect(one("2024年底前完成排查，2025年6月底前完成整改，整改到位率100%。")).toMatchObject({ year: 2025 });
    // A clause that names its own indicator after the year keeps its own name.
    expect(targets("义务教育巩固率到2025年达到97%，2026年高中阶段毛入学率达到92%。").map((t) => [t.text, t.year])).toEqual([
      ["义务教育巩固率到2025年达到97%", 2025],
      ["2026年高中阶段毛入学率达到92%", 2026],
    ]);
    // …but a past year opening a clause (where things stand) is no target year.
    expect(targets("2023年以来，全县义务教育巩固率达到96%，2025年底前稳定在97%以上。").map((t) => t.year)).toEqual([null, 2025]);
    // A year that opens a clause is its own, and the clauses after it that name none (2024年新建3所，2025年4所).
    expect(targets("到2025年，学前三年毛入园率达到93%，2026年高中阶段毛入学率达到92%。").map((t) => t.year)).toEqual([2025, 2026]);
    // …also behind its list item's marker, which is not part of the target's words.
    expect(targets("2025年招聘音体美教师40名；（2）2026年招聘音体美教师50名；②2027年招聘60名。").map((t) => [t.text, t.year])).toEqual([
      ["2025年招聘音体美教师40名", 2025],
      ["2026年招聘音体美教师50名", 2026],
      ["2027年招聘60名", 2027],
    ]);
    expect(targets("（1）2025年认定县级骨干教师60名；").map((t) => [t.text, t.year])).toEqual([["2025年认定县级骨干教师60名", 2025]]);
    expect(targets("1.2026年新建幼儿园2所；1.5万平方米校舍完成改造。").map((t) => [t.text, t.year])).toEqual([
      ["2026年新建幼儿园2所", 2026],
      ["1.5万平方米校舍完成改造", 2026],
    ]);
    expect(targets("2024年新建改扩建公办幼儿园3所，2025年4所，2026年3所。").map((t) => [t.value, t.year])).toEqual([
      [3, 2024],
      [4, 2025],
      [3, 2026],
    ]);
  });
});

describe("extractTargets — what is not a target", () => {
  it("ignores years, dates, 文号 and ordinals", () => {
    expect(targets("2023年3月20日印发，宁党办〔2022〕74号，第1次会议，第二届优秀党课")).toEqual([]);
    expect(targets("根据《普及高中阶段教育攻坚计划 2017-2020 年》，2018 年-2020 年连续三年")).toEqual([]);
  });
  it("ignores the size of what is built (48个班规模, 1000人规模) but keeps how many are built", () => {
    expect(targets("新建48个班规模小学1所").map((t) => `${t.value}${t.unit}`)).toEqual(["1所"]);
    expect(targets("建设1000人规模的食堂2个").map((t) => `${t.value}${t.unit}`)).toEqual(["2个"]);
    expect(targets("新建9个班幼儿园，新增学位270个").map((t) => `${t.value}${t.unit}`)).toEqual(["270个"]);
    expect(targets("新建36个班小学1所").map((t) => `${t.value}${t.unit}`)).toEqual(["1所"]);
    // Classes opened are a figure to reach.
    expect(targets("开设9个班").map((t) => `${t.value}${t.unit}`)).toEqual(["9个"]);
  });
  it("ignores where a rate per head starts (由每生每年1000元提高到1500元), as 由…提高到 elsewhere", () => {
    expect(targets("将资助标准由每生每年1000元提高到1500元。").map((t) => `${t.value}${t.unit}`)).toEqual(["1500元"]);
    expect(targets("乡村教师生活补助由每人每月400元提高至600元。").map((t) => `${t.value}${t.unit}`)).toEqual(["600元"]);
  });
  it("ignores who a measure is for (1000人以上学校), how long it may take (15个工作日内), and a scoring rule's step", () => {
    expect(targets("寄宿制学校、1000人以上学校按要求配备专职保安，配备率100%。").map((t) => `${t.value}${t.unit}`)).toEqual(["100%"]);
    // …but a count of the people those places employ is a target.
    expect(targets("每年招聘100名以上幼儿园教师，培训1000人以上中小学校长").map((t) => `${t.value}${t.unit}`)).toEqual(["100名", "1000人"]);
    expect(targets("请纪检组调查核实，15个工作日内报结果，3天内办结。")).toEqual([]);
    expect(targets("合格率达到90%以上得15分，每降低1个百分点扣1分。").map((t) => `${t.value}${t.unit}`)).toEqual(["90%"]);
  });
  it("ignores a project's areas and the share of its total a source pays, but keeps the total and what is to be done", () => {
    const figures = (text: string) => targets(text).map((t) => `${t.value}${t.unit}`);
    expect(figures("新建幼儿园1所，占地面积12000平方米，建筑面积8600平方米，可提供学位360个，总投资4800万元，其中中央预算内资金1500万元。")).toEqual([
      "1所",
      "360个",
      "4800万元",
    ]);
    expect(figures("完成建筑面积8600平方米，建立屈光发育档案11.6万份")).toEqual(["8600平方米", "11.6万份"]);
  });
  it("ignores numbers inside quotes and slogan patterns", () => {
    expect(targets("实现“5个100%”，坚定“四个自信”，做到“两个维护”，守牢四个百分百的校园安全线")).toEqual([]);
    expect(targets("以“两大目标”为着力点，认真履行“一岗双责”")).toEqual([]);
  });
  it("ignores durations that no verb asks for", () => {
    expect(targets("原则上每 3 年调整一次布局规划，开展5年一周期的全员轮训")).toEqual([]);
    expect(one("平均受教育年限提高到11年")).toMatchObject({ value: 11, unit: "年" });
  });
  it("ignores counts that say whom a measure applies to (对/对于/凡 … 的)", () => {
    expect(targets("对接收5名以上残疾儿童随班就读的学校设立专门资源教室")).toEqual([]);
    expect(targets("对于连续3年考核优秀的教师优先推荐评优")).toEqual([]);
    expect(targets("凡班额超过56人的学校一律不得增加招生计划")).toEqual([]);
    // Still targets: 对标 opens a comparison, and a 对 … clause without 的 states the aim.
    expect(one("对标国家标准，普惠率达到90%以上")).toMatchObject({ value: 90, unit: "%", comparator: ">=" });
    expect(one("对薄弱学校新增学位500个")).toMatchObject({ value: 500, unit: "个" });
  });
  it("ignores the size that defines what is counted (56人以上大班额), and reads minutes", () => {
    expect(targets("消除56人以上大班额，66人及以上超大班额保持动态清零")).toEqual([]);
    expect(targets("3000人以上规模学校配备专职心理教师")).toEqual([]);
    expect(one("小学生在校体育活动时间不少于2小时")).toMatchObject({ value: 2, unit: "小时", comparator: ">=" });
    expect(targets("三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟").map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [60, "分钟", "<="],
      [90, "分钟", "<="],
    ]);
    // Still a target: a count of people.
    expect(one("选派100人以上骨干教师参加培训")).toMatchObject({ value: 100, unit: "人", comparator: ">=" });
  });
  it("does not read 以上 before the number as a comparator for it", () => {
    expect(one("争取年内成功申报金凤区级以上项目 1 个", 2022)).toMatchObject({ value: 1, unit: "个", comparator: "=", year: 2022 });
  });
});

describe("extractTargets — Chinese numerals", () => {
  it("reads counts after an action verb", () => {
    expect(one("新增幼儿园十所")).toMatchObject({ value: 10, unit: "所" });
    expect(one("新建两个实训基地")).toMatchObject({ value: 2, unit: "个" });
    expect(one("确保每年发展一名优秀青年教师入党")).toMatchObject({ value: 1, unit: "名", year: null });
  });
  it("does not treat articles and slogans as counts", () => {
    expect(targets("建设一支高素质教师队伍，打造一个平台，完成二十四小项目建设")).toEqual([]);
  });
});

describe("missing values", () => {
  it("reports a target verb followed directly by a unit", () => {
    const r = extractTargets({ text: "劳动年龄人口平均受教育年限增加到 年。", starts: [{ offset: 0, line: 132 }] }, { currentYear: null });
    expect(r.targets).toEqual([]);
    expect(r.missing).toEqual([{ line: 132, text: "劳动年龄人口平均受教育年限增加到年" }]);
  });
});
