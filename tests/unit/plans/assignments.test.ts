// Who does a task, as bureaus of other places write it: roles said by a verb
// in brackets, a county's 股室 and a city's 处室, several labels on one line.
import { describe, expect, it } from "vitest";
import { parsePlanText } from "@/lib/plans/parser";
import { allTasks } from "./load-document";

const tasksOf = (...body: string[]) =>
  allTasks(parsePlanText(["某县教育局2025年工作要点", "一、重点工作", ...body].join("\n"))).map((t) => ({
    title: t.title,
    units: t.units.map((u) => `${u.role}:${u.name}`),
    leaders: t.leaders,
    deadline: t.deadline,
    measures: t.measures,
  }));

describe("assignments without labels", () => {
  it("reads 牵头 / 配合 / 负责 after the units in a closing bracket", () => {
    const [a, b, c] = tasksOf(
      "1.扩大普惠性资源。新建幼儿园2所（市教体局牵头，市发改局、市财政局配合）。",
      "2.推进集团化办学。组建教育集团3个。（市教体局负责）",
      "3.规范办学行为。开展专项检查。（各股室按职责分工负责）",
    );
    expect(a?.units).toEqual(["lead:市教体局", "cooperate:市发改局", "cooperate:市财政局"]);
    expect(b?.units).toEqual(["responsible:市教体局"]);
    expect(b?.measures).toEqual(["组建教育集团3个。"]);
    expect(c?.units).toEqual(["responsible:各股室"]);
  });

  it("leaves a bracket that is not all offices and verbs in the prose", () => {
    const [a, b] = tasksOf("1.办好人民满意教育。坚持立德树人（这是根本任务），落实五育并举。", "2.强化安全。开展应急演练（每学期一次）。");
    expect(a).toMatchObject({ units: [], measures: ["坚持立德树人（这是根本任务），落实五育并举。"] });
    expect(b).toMatchObject({ units: [], deadline: null, measures: ["开展应急演练（每学期一次）。"] });
    // Who acts, but no office: 已全部, 各自, 内部, 家校社, 有条件的学校, 由…会同…, 对口帮扶.
    const brackets = ["已全部落实", "各自负责", "内部落实", "家校社协同", "有条件的学校实施", "由县教育局会同县人社局负责", "城区学校对口帮扶农村学校负责"];
    const tasks = tasksOf(...brackets.map((b, i) => `${i + 1}.推进第${i + 1}项工作。开展专项行动（${b}）。`));
    expect(tasks.map((t) => t.units)).toEqual(brackets.map(() => []));
    expect(tasks.map((t) => t.measures)).toEqual(brackets.map((b) => [`开展专项行动（${b}）。`]));
  });

  it("a bracket of offices may close with the words of any deadline", () => {
    const [a, b] = tasksOf("1.整改校园安全隐患。开展排查（县教体局负责，立行立改）。", "2.推进智慧校园。建设示范校（县教体局牵头，“十四五”末建成）。");
    expect(a).toMatchObject({ units: ["responsible:县教体局"], deadline: "立行立改" });
    expect(b).toMatchObject({ units: ["lead:县教体局"], deadline: "“十四五”末建成" });
  });

  it("一是…（…负责）；二是…，由…牵头；三是…: every item's offices are the task's; a date in an item's bracket stays that item's", () => {
    const [a, b] = tasksOf(
      "1.深化理论武装。一是健全中心组学习制度（机关党委负责）；二是开展“三会一课”提升行动（各党支部负责，6月底前）；三是组织教师专题培训（组织人事科、教师发展中心负责）。",
      "2.加强师德师风建设。一是健全师德考核机制，由人事科牵头；二是开展师德主题教育月活动；三是严查有偿补课行为。（督导室、人事科，2026年9月底前）",
    );
    expect(a).toMatchObject({
      units: ["responsible:机关党委", "responsible:各党支部", "responsible:组织人事科", "responsible:教师发展中心"],
      deadline: null,
      measures: ["一是健全中心组学习制度（机关党委负责）；", "二是开展“三会一课”提升行动（各党支部负责，6月底前）；", "三是组织教师专题培训"],
    });
    expect(b).toMatchObject({ units: ["lead:人事科", "responsible:督导室"], deadline: "2026年9月底前" });
  });

  it("a bracket inside a unit's name (酒钢（集团）公司) does not close the label's bracket", () => {
    const [a] = tasksOf("1.推进酒钢三中改扩建。新建教学楼1栋。（责任单位：市教育局、酒钢（集团）公司）");
    expect(a).toMatchObject({ units: ["responsible:市教育局", "responsible:酒钢（集团）公司"], measures: ["新建教学楼1栋。"] });
  });

  it("after a full sentence, a bracket of offices alone names who does it, and a date in it the deadline", () => {
    const [a, b, c] = tasksOf(
      "1.举办全县中小学生运动会。（竞训科，2025年10月）",
      "2.推进校园足球特色校建设，新增特色校5所。（体卫艺股、竞训科）",
      "3.开展教师培训。依托县教师发展中心（原县进修学校）组织实施。",
    );
    expect(a).toMatchObject({ units: ["responsible:竞训科"], deadline: "2025年10月", measures: [] });
    expect(b).toMatchObject({ units: ["responsible:体卫艺股", "responsible:竞训科"], measures: [] });
    // Mid-sentence, an office in brackets explains a name.
    expect(c).toMatchObject({ units: [], measures: ["依托县教师发展中心（原县进修学校）组织实施。"] });
    const warnings = parsePlanText(
      ["某县教育局2025年工作要点", "一、重点工作", "1.举办全县中小学生运动会。（竞训科，2025年10月）", "2.开展阳光体育活动。"].join("\n"),
    ).warnings;
    // A task that names who does it is not an empty heading.
    expect(warnings.map((w) => w.message)).not.toContain("任务“举办全县中小学生运动会”没有内容");
  });

  it("a bracket's 配合单位：A，B、C keeps the offices after the comma on its list", () => {
    const [a] = tasksOf("1.推进学校建设。新建学校2所。（牵头科室：计划财务科；配合单位：基础教育科，洪庆街道、狄寨街道；完成时限：2025年12月）");
    expect(a).toMatchObject({ units: ["lead:计划财务科", "cooperate:基础教育科", "cooperate:洪庆街道", "cooperate:狄寨街道"], deadline: "2025年12月" });
  });

  it("after a full sentence, a bracket of an office and a person names both, in either order; people alone stay prose", () => {
    const [a, b, c, d, e] = tasksOf(
      "1.学前教育普及普惠。学前三年毛入园率达到92.6%。（基础教育科，杜海燕）",
      "2.教师培训。培训教师2860人次。（教师发展中心 冯志强）",
      "3.课程改革。开发校本课程100门。（杜海燕 基础教育科）",
      "4.校园安全。开展应急演练。（张三，李四）",
      "5.体育工作。举办运动会。（竞训科，全区）",
    );
    expect(a).toMatchObject({ units: ["responsible:基础教育科"], leaders: ["杜海燕"], measures: ["学前三年毛入园率达到92.6%。"] });
    expect(b).toMatchObject({ units: ["responsible:教师发展中心"], leaders: ["冯志强"] });
    expect(c).toMatchObject({ units: ["responsible:基础教育科"], leaders: ["杜海燕"] });
    expect(d).toMatchObject({ units: [], leaders: [], measures: ["开展应急演练。", "（张三，李四）"] });
    // 全区 is a place, not a person: the bracket is prose.
    expect(e).toMatchObject({ units: [], leaders: [] });
  });

  it("reads a closing 由…负责 / 由…牵头，…配合 sentence as the roles it states, unless it names no office", () => {
    const [a, b, c, d] = tasksOf(
      "1.推进集团化办学。组建教育集团3个，由基础教育股负责。",
      "2.改善办学条件。新建学校2所。此项工作由计财股牵头，基础教育股、安全股配合。",
      "3.规范课后服务。由学校自主负责。",
      "4.加强师资培训。由县教育局会同县人社局负责。",
    );
    expect(a).toMatchObject({ units: ["responsible:基础教育股"], measures: ["组建教育集团3个。"] });
    expect(b).toMatchObject({ units: ["lead:计财股", "cooperate:基础教育股", "cooperate:安全股"], measures: ["新建学校2所。"] });
    expect(c).toMatchObject({ units: [], measures: ["由学校自主负责。"] });
    expect(d).toMatchObject({ units: [], measures: ["由县教育局会同县人社局负责。"] });
    const [bracket] = tasksOf("1.完善校园安全风险防控体系。建设监控平台。（由安全科、电教中心负责，2025年秋季学期前完成）");
    expect(bracket).toMatchObject({ units: ["responsible:安全科", "responsible:电教中心"], deadline: "2025年秋季学期前完成", measures: ["建设监控平台。"] });
  });

  it("takes a date after the units as the deadline, not as a unit", () => {
    const [a] = tasksOf("1.加强师资建设。培训教师500人次。（责任单位：县教体局、各乡镇人民政府；2025年10月底前完成）");
    expect(a).toMatchObject({ units: ["responsible:县教体局", "responsible:各乡镇人民政府"], deadline: "2025年10月底前完成" });
  });
});

describe("roles said in the sentence or under other labels", () => {
  it("reads 由…牵头，…配合 inside a sentence and 由…负责，…具体落实 at its end; the sentence keeps its words", () => {
    const [a, b] = tasksOf(
      "（一）食堂承包经营问题。全面清理学校食堂对外承包情况，由区教育局牵头，区市场监管局、区财政局配合，2025年6月底前全部收回自主经营。",
      "（二）膳食经费管理问题。建立膳食经费专账，由计财股负责，各学校具体落实。",
    );
    expect(a?.units).toEqual(["lead:区教育局", "cooperate:区市场监管局", "cooperate:区财政局"]);
    expect(a?.measures).toEqual(["全面清理学校食堂对外承包情况，由区教育局牵头，区市场监管局、区财政局配合，2025年6月底前全部收回自主经营。"]);
    expect(b?.units).toEqual(["responsible:计财股", "responsible:各学校"]);
    // A 由 clause that names no office stays prose.
    const [c] = tasksOf("（三）开展家校共育。由家长委员会牵头，各班主任配合，每学期开展活动2次。");
    expect(c?.units).toEqual([]);
  });

  it("reads 主责科室 / 参与科室 / 具体承办 as lead, cooperating and responsible; a label it does not know is no unit", () => {
    const [a, b] = tasksOf(
      "任务1：开展青年教师“青蓝工程”",
      "工作举措：新入职3年内教师全部结对拜师。",
      "主责科室：人事股",
      "参与科室：教师发展中心",
      "任务2：全面推行课堂教学模式",
      "工作举措：开展课堂教学大比武1次。",
      "具体承办：教研室",
      "督办单位：督导室",
    );
    expect(a?.units).toEqual(["lead:人事股", "cooperate:教师发展中心"]);
    expect(b?.units).toEqual(["responsible:教研室"]);
    expect(b?.measures).toEqual(["开展课堂教学大比武1次。", "督办单位：督导室"]);
  });
});

describe("one-line items with their assignment", () => {
  it("a statement followed only by its assignment says everything: no “没有内容” warning", () => {
    const plan = parsePlanText(
      [
        "某市教育局2025年工作要点",
        "一、学前教育",
        "（1）开展幼儿园保育教育质量评估，覆盖率达到100%。（责任科室：学前教育科；完成时限：2025年12月）",
        "（2）推进幼小科学衔接，建立实验区2个。（责任科室：学前教育科、基础教育科）",
      ].join("\n"),
    );
    expect(allTasks(plan).map((t) => t.units.map((u) => u.name))).toEqual([["学前教育科"], ["学前教育科", "基础教育科"]]);
    expect(plan.warnings.filter((w) => w.message.includes("没有内容"))).toEqual([]);
  });

  it("a statement ending in its full stop is a task whole, the only item of its list too; a bare name alone still warns", () => {
    const plan = parsePlanText(
      [
        "某区行动方案（2025—2027年）",
        "一、重点任务",
        "1.实施薄弱学校改造工程",
        "（1）改造薄弱学校8所。",
        "（2）每季度末通报工程进度。",
        "2.推进教育装备标准化",
        "（1）中小学实验室配备全部达到国家标准。",
        "3.完善教育督导",
        "（1）健全督学责任区",
      ].join("\n"),
    );
    expect(plan.warnings.map((w) => w.message)).toEqual(["任务“健全督学责任区”没有内容"]);
  });
});

describe("labels of county and city bureaus", () => {
  it("reads 落实单位, 协管领导 beside 牵头领导 on one line, 完成节点, 进度要求, and 责任领导及单位 (the leader and the office)", () => {
    const [a, b] = tasksOf(
      "1.强化毕业年级管理",
      "中考全科及格率提高3个百分点。",
      "牵头领导：谭卫东 协管领导：黄山",
      "落实单位：教研室、各初级中学",
      "完成节点：2025年11月30日",
      "2.加强教学视导",
      "每学期开展教学常规视导不少于2次。",
      "进度要求：每学期末",
    );
    expect(a).toMatchObject({ leaders: ["谭卫东", "黄山"], units: ["responsible:教研室", "responsible:各初级中学"], deadline: "2025年11月30日" });
    expect(b).toMatchObject({ deadline: "每学期末", measures: ["每学期开展教学常规视导不少于2次。"] });
    const [both] = tasksOf("1.加强教学视导", "每学期开展视导2次。", "责任领导及单位：谭卫东，教研室");
    expect(both).toMatchObject({ leaders: ["谭卫东"], units: ["responsible:教研室"] });
  });

  it("knows 股室, 处室, 分管局领导 and 时间安排", () => {
    const [a, b] = tasksOf(
      "1.扩大普惠性资源。新建幼儿园2所。（牵头股室：基教股；配合股室：计财股、人事股；时间安排：2025年9月底前）",
      "2.规范办学行为。开展专项检查。（责任处室：督导室；分管局领导：王强）",
    );
    expect(a).toMatchObject({ units: ["lead:基教股", "cooperate:计财股", "cooperate:人事股"], deadline: "2025年9月底前" });
    expect(b).toMatchObject({ units: ["responsible:督导室"], leaders: ["王强"] });
  });

  it("knows a 督办 notice's 承办股室 / 协办科室 / 督办领导 / 办理时限 and a 台账's 具体责任人 / 截止时间", () => {
    const [a, b] = tasksOf(
      "1.推进第二幼儿园建设。完成主体工程。",
      "督办领导：李刚",
      "承办股室：计划财务股",
      "协办科室：基教股",
      "办理时限：2025年9月底前",
      "2.推进校园安全建设。开展隐患排查。",
      "具体责任人：张明",
      "截止时间：2025年6月30日",
    );
    expect(a).toMatchObject({ leaders: ["李刚"], units: ["responsible:计划财务股", "cooperate:基教股"], deadline: "2025年9月底前" });
    expect(b).toMatchObject({ leaders: ["张明"], deadline: "2025年6月30日" });
  });

  it("reads labels cut short in a closing bracket: （牵头：…；配合：…；时限：…）", () => {
    const [a, b] = tasksOf(
      "1.健全作业管理机制。各学校建立作业公示制度。（牵头：基教股；配合：教研室、各中小学校；时限：2025年起，长期坚持）",
      "2.开展作业设计评比。评选优秀作业案例100个。（时限：每年11月）",
    );
    expect(a).toMatchObject({
      units: ["lead:基教股", "cooperate:教研室", "cooperate:各中小学校"],
      deadline: "2025年起，长期坚持",
      measures: ["各学校建立作业公示制度。"],
    });
    expect(b).toMatchObject({ units: [], deadline: "每年11月" });
    // On a line of its own, a role word alone is the label when every name after it is a unit's.
    const [c, d] = tasksOf("1.推进集团化办学。组建教育集团3个。", "牵头：基教股", "配合：计财股、督导室", "2.加强宣传。", "配合：做好宣传报道");
    expect(c).toMatchObject({ units: ["lead:基教股", "cooperate:计财股", "cooperate:督导室"], measures: ["组建教育集团3个。"] });
    expect(d).toMatchObject({ units: [], measures: ["配合：做好宣传报道"] });
    // Only offices: 各学校组织学生参加 is what they do, and 参与： is no label alone.
    const [e] = tasksOf("1.开展阳光体育运动。组织运动会。", "配合：各学校组织学生参加", "参与：全体党员干部");
    expect(e?.units).toEqual([]);
    expect(e?.measures.join("")).toBe("组织运动会。配合：各学校组织学生参加参与：全体党员干部");
  });

  it("a bare 时间： / 时限： after the units or the person is the deadline, not a unit or a leader", () => {
    const [a, b, c] = tasksOf(
      "1.开展教师培训。培训教师500人。责任科室：人事科 时间：2025年12月",
      "2.开展教师考核。考核教师500人。责任科室：人事科，时限：2025年12月",
      "3.开展干部培训。培训干部50人。责任单位：人事科 责任人：张伟 时间：2025年12月",
    );
    for (const task of [a, b, c]) expect(task).toMatchObject({ units: ["responsible:人事科"], deadline: "2025年12月" });
    expect(c).toMatchObject({ leaders: ["张伟"] });
  });

  it("整改目标 / 年度目标 / 建设目标 label the goal, not a measure", () => {
    const [a] = allTasks(
      parsePlanText(
        [
          "某区教育局整改方案",
          "一、整改任务",
          "（一）公办园在园幼儿占比偏低",
          "整改措施：新建公办幼儿园4所。",
          "整改目标：2025年底公办园在园幼儿占比达到50%以上。",
          "责任单位：区教育局",
        ].join("\n"),
      ),
    );
    expect([a?.goal, a?.measures]).toEqual(["2025年底公办园在园幼儿占比达到50%以上。", ["新建公办幼儿园4所。"]]);
  });

  it("splits several labels on one line, with a colon or in 【】", () => {
    const [a, b] = tasksOf(
      "1.推进集团化办学。组建教育集团3个。",
      "牵头单位：区教育局；配合单位：区财政局、区人社局",
      "责任领导：李明    责任单位：人事股",
      "2.推进校园安全建设。一键报警联网率100%。",
      "【牵头单位】安全股【配合单位】各中小学校",
    );
    expect(a).toMatchObject({ leaders: ["李明"], units: ["lead:区教育局", "cooperate:区财政局", "cooperate:区人社局", "responsible:人事股"] });
    expect(b).toMatchObject({ units: ["lead:安全股", "cooperate:各中小学校"], measures: ["一键报警联网率100%。"] });
  });

  it("a label word inside a value is prose, and a unit named twice keeps its one role", () => {
    const [a, b] = tasksOf(
      "1.落实安全责任。签订责任书。",
      "责任单位：各学校，校长为第一责任人：负总责",
      "2.推进集团化办学。组建教育集团3个。",
      "责任单位：县教育局、县财政局（县教育局牵头）",
    );
    expect(a?.leaders).toEqual([]);
    expect(a?.units[0]).toBe("responsible:各学校");
    expect(b).toMatchObject({ units: ["lead:县教育局", "responsible:县财政局"] });
  });
});

describe("what a plan says of its offices", () => {
  it("a 职责分工 chapter whose items assign work keeps them as tasks", () => {
    const plan = parsePlanText(
      [
        "某县2025年校园安全工作方案",
        "一、重点任务",
        "1.开展隐患排查。牵头单位：安全股",
        "二、职责分工",
        "2.组织专项督查。牵头单位：督导室；完成时限：2025年6月底。",
        "3.开展应急演练。责任单位：各中小学校",
      ].join("\n"),
    );
    expect(allTasks(plan).map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([
      ["开展隐患排查", ["安全股"]],
      ["组织专项督查", ["督导室"]],
      ["开展应急演练", ["各中小学校"]],
    ]);
  });
});
