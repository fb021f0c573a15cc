// A task table's groups and what is written under it: a 类别 column merged
// down over its rows, 合计 and 备注 rows, and the prose heading the table
// belongs under.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, type PlanDocument, type PlanSection } from "@/lib/plans/parser";
import { ABOVE, LEFT, paragraphs, table } from "@/tests/support/plan-layouts";
import { allTasks } from "../load-document";

const doc = (...blocks: PlanDocument["blocks"]): PlanDocument => ({ format: "docx", blocks });
type Tree = [string, Tree[] | string[]];
const tree = (sections: PlanSection[]): Tree[] => sections.map((s) => [s.title, s.sections.length ? tree(s.sections) : s.tasks.map((t) => t.title)] as Tree);

describe("groups of a task table", () => {
  it("a 类别 column merged down makes a section of its rows; a second one (领域 | 类别) a level below", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("永宁县2025年重点工作台账"),
        table([
          ["领域", "类别", "序号", "工作任务", "责任股室"],
          ["教育发展", "学前教育", "1", "实施学前教育扩容提质", "学前股"],
          [ABOVE, ABOVE, "2", "开展保教质量评估", "学前股"],
          [ABOVE, "义务教育", "3", "推进集团化办学", "基教股"],
          ["教育保障", "队伍建设", "4", "开展银龄讲学", "人事股"],
        ]),
      ),
    );
    expect(tree(plan.sections)).toEqual([
      [
        "教育发展",
        [
          ["学前教育", ["实施学前教育扩容提质", "开展保教质量评估"]],
          ["义务教育", ["推进集团化办学"]],
        ],
      ],
      ["教育保障", [["队伍建设", ["开展银龄讲学"]]]],
    ]);
    // The group is not a measure or a unit of the tasks in it.
    expect(allTasks(plan)[0]).toMatchObject({ measures: [], units: [{ name: "学前股", role: "responsible" }] });
  });

  it("a 类别 written 一、教育质量提升 keeps its number", () => {
    const plan = parsePlanDocument(
      doc(
        table([
          ["类别", "序号", "督办事项", "责任科室"],
          ["一、教育质量提升", "1", "推进优质均衡", "基教股"],
          ["二、办学条件改善", "2", "实施三中改扩建", "计财股"],
        ]),
      ),
    );
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      [1, "教育质量提升"],
      [2, "办学条件改善"],
    ]);
  });

  it("合计 and 备注 rows under the rows are neither tasks nor groups", () => {
    const plan = parsePlanDocument(
      doc(
        table([
          ["序号", "重点任务", "责任领导", "责任单位"],
          ["1", "新建第五幼儿园", "何静", "学前股"],
          ["合计", "共1项", "", ""],
          ["备注：分年度目标为累计数。", LEFT, LEFT, LEFT],
        ]),
      ),
    );
    expect(allTasks(plan).map((t) => t.title)).toEqual(["新建第五幼儿园"]);
    expect(plan.sections.map((s) => s.title)).toEqual([""]);
  });
});

describe("a 重点任务 merged over numbered 具体工作 rows", () => {
  it("is the group of those rows, each 具体工作 a task; the office before a 具体负责人 is the unit", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("某校2025年工作计划任务分解表"),
        table([
          ["领域", "重点任务", "序号", "具体工作", "责任领导", "具体负责人"],
          ["教育教学", "提升课堂质量", "1", "开展“一师一优课”活动，全员参与率100%。", "赵明", "教导处 孙丽"],
          [ABOVE, ABOVE, "2", "组织青年教师教学比武。", "赵明", "教导处 孙丽"],
          [ABOVE, "推进阅读工程", "3", "建设班级图书角。", "钱进", "教导处 周文"],
        ]),
      ),
    );
    expect(tree(plan.sections)).toEqual([
      [
        "教育教学",
        [
          ["提升课堂质量", ["开展“一师一优课”活动，全员参与率100%", "组织青年教师教学比武"]],
          ["推进阅读工程", ["建设班级图书角"]],
        ],
      ],
    ]);
    expect(allTasks(plan).map((t) => [t.number, t.leaders, t.units.map((u) => u.name), t.measures])).toEqual([
      [1, ["赵明"], ["教导处"], ["具体负责人：孙丽"]],
      [2, ["赵明"], ["教导处"], ["具体负责人：孙丽"]],
      [3, ["钱进"], ["教导处"], ["具体负责人：周文"]],
    ]);
  });
});

describe("序号 in two levels", () => {
  const header = ["序号", "工作任务", "责任领导", "牵头单位", "完成时限"];

  it("a row numbered 1 over rows 1.1, 1.2 is their group; a number without 1.x rows is a task again", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("某县教育局2025年重点工作任务分解表"),
        table([
          header,
          ["一、基础教育", LEFT, LEFT, LEFT, LEFT],
          ["1", "推进学前教育普及普惠", "张三", "学前教育股", ""],
          ["1.1", "新建公办幼儿园2所。", "", "", "2025年9月"],
          ["1.2", "开展保教质量评估。", "", "学前教育股", "2025年12月"],
          ["2", "推进义务教育优质均衡，巩固率保持100%。", "李四", "基础教育股", "2025年12月"],
          ["2.1", "推进集团化办学。", ABOVE, "基础教育股", "2025年12月"],
          ["3", "加强教师培训，全年培训1200人次。", "王五", "人事股", "2025年11月"],
        ]),
      ),
    );
    expect(tree(plan.sections)).toEqual([
      [
        "基础教育",
        [
          ["推进学前教育普及普惠", ["新建公办幼儿园2所", "开展保教质量评估"]],
          // The group row states a target: it stays a task too, at the head of its group.
          ["推进义务教育优质均衡，巩固率保持100%", ["推进义务教育优质均衡，巩固率保持100%", "推进集团化办学"]],
        ],
      ],
    ]);
    const chapter = plan.sections[0]!;
    expect(chapter.tasks.map((t) => [t.number, t.title])).toEqual([[3, "加强教师培训，全年培训1200人次"]]);
    const [preschool, compulsory] = chapter.sections;
    expect([preschool!.number, preschool!.leaders, preschool!.units.map((u) => u.name)]).toEqual([1, ["张三"], ["学前教育股"]]);
    expect(preschool!.tasks.map((t) => [t.number, t.dueDate])).toEqual([
      [1, "2025-09-30"],
      [2, "2025-12-31"],
    ]);
    expect(compulsory!.tasks.map((t) => t.number)).toEqual([2, 1]);
  });

  it("rows numbered 1.1, 1.2, 2.1 with no group rows are counted on", () => {
    const plan = parsePlanDocument(
      doc(
        table([
          header,
          ["1.1", "新建公办幼儿园2所。", "张三", "学前教育股", "2025年9月"],
          ["1.2", "开展保教质量评估。", "张三", "学前教育股", "2025年12月"],
          ["2.1", "推进集团化办学。", "李四", "基础教育股", "2025年12月"],
        ]),
      ),
    );
    expect(allTasks(plan).map((t) => t.number)).toEqual([1, 2, 3]);
  });
});

describe("the prose heading a table belongs under", () => {
  const rows = [
    ["序号", "重点任务", "责任单位"],
    ["1", "新建第十小学", "计财股"],
  ];

  it("a chapter with only an intro line before the table holds the table's tasks", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("某县2025年工作要点", "一、加强党的建设", "1.强化政治引领。开展学习12次。", "二、重点民生实事", "2025年重点办好以下民生实事："),
        table(rows),
      ),
    );
    expect(tree(plan.sections)).toEqual([
      ["加强党的建设", ["强化政治引领"]],
      ["重点民生实事", ["新建第十小学"]],
    ]);
    expect(plan.warnings.map((w) => w.message).join()).not.toContain("未识别出任务");
  });

  it("a heading right above the table, read alone, becomes the table's section", () => {
    const plan = parsePlanDocument(
      doc(...paragraphs("某市三年行动计划（2025—2027年）", "一、主要任务"), table(rows), ...paragraphs("二、保障措施", "加强组织领导。")),
    );
    expect(tree(plan.sections)).toEqual([["主要任务", ["新建第十小学"]]]);
    expect(plan.warnings.map((w) => w.message).join()).not.toContain("没有内容");
  });

  it("each chapter heading over a table of its own holds that table's tasks; a lead-in line under it is the section's text", () => {
    const header = ["序号", "工作任务", "责任领导", "牵头单位"];
    for (const leadIn of [null, "全年重点推进以下工作：", "各乡镇、各有关部门要按照职责分工，协同推进。"]) {
      const plan = parsePlanDocument(
        doc(
          ...paragraphs("某县教育局2025年重点工作任务分解", "一、基础教育", ...(leadIn ? [leadIn] : [])),
          table([header, ["1", "新建公办幼儿园2所。", "张三", "学前教育股"], ["2", "推进集团化办学。", "李四", "基础教育股"]]),
          ...paragraphs("二、教师队伍建设"),
          table([header, ["1", "开展教师培训1200人次。", "王五", "人事股"]]),
        ),
      );
      expect(tree(plan.sections)).toEqual([
        ["基础教育", ["新建公办幼儿园2所", "推进集团化办学"]],
        ["教师队伍建设", ["开展教师培训1200人次"]],
      ]);
      expect(plan.sections.map((s) => s.text)).toEqual([leadIn, null]);
      expect(plan.warnings).toEqual([]);
    }
  });

  it("a chapter between plan text, with one sentence and then its table: the sentence is the section's text, not a task", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("会宁县学前教育发展提升实施方案", "一、主要目标", "到2025年底，全县学前三年毛入园率达到93%以上。"),
        ...paragraphs("二、重点任务及责任分工", "各乡镇、各有关部门要按照职责分工，协同推进。"),
        table([
          ["工作任务", "责任单位"],
          ["1.科学规划布局。修订完善全县幼儿园布局规划。", "县教育局"],
        ]),
        ...paragraphs("三、保障措施", "加强组织领导。"),
      ),
    );
    expect(tree(plan.sections)).toEqual([["重点任务及责任分工", ["科学规划布局"]]]);
    expect(plan.sections[0]?.text).toBe("各乡镇、各有关部门要按照职责分工，协同推进。");
    // An item under a chapter, its work a line of its own, is a task: the table after it stands alone.
    const item = parsePlanDocument(
      doc(
        ...paragraphs("某县教育局整改方案", "一、整改任务", "（一）加强师资配备。按标准补充音体美教师。（责任单位：人事股）"),
        ...paragraphs("（二）强化督查问责", "县教育督导室每月开展一次专项督查。"),
        table(rows),
      ),
    );
    expect(tree(item.sections)).toEqual([
      ["整改任务", ["加强师资配备", "强化督查问责"]],
      ["", ["新建第十小学"]],
    ]);
  });

  it("a list of one-line items stays tasks when a table follows only the last", () => {
    const plan = parsePlanDocument(doc(...paragraphs("某县2025年工作要点", "一、成立专班", "二、建立台账", "三、定期通报"), table(rows)));
    expect(tree(plan.sections)).toEqual([
      ["", ["成立专班", "建立台账", "定期通报"]],
      ["", ["新建第十小学"]],
    ]);
  });

  it("a table after plan text, under a caption or an 附件 heading stands on its own", () => {
    const afterSafeguards = parsePlanDocument(doc(...paragraphs("某县2025年工作要点", "一、重点工作", "二、保障措施", "加强组织领导。"), table(rows)));
    expect(tree(afterSafeguards.sections)).toEqual([
      ["", ["重点工作"]],
      ["", ["新建第十小学"]],
    ]);
    const captioned = parsePlanDocument(doc(...paragraphs("某县2025年工作要点", "一、重点工作", "民生实事清单"), table(rows)));
    expect(tree(captioned.sections)).toEqual([
      ["", ["重点工作"]],
      ["民生实事清单", ["新建第十小学"]],
    ]);
    const annexed = parsePlanDocument(doc(...paragraphs("某县2025年工作要点", "一、重点工作", "附件1"), table(rows)));
    expect(tree(annexed.sections)).toEqual([
      ["", ["重点工作"]],
      ["", ["新建第十小学"]],
    ]);
  });
});

describe("the heading over an indicator table", () => {
  const indicators = table([
    ["序号", "指标名称", "单位", "2024年基数", "2025年目标"],
    ["1", "学前三年毛入园率", "%", "94.6", "≥95"],
  ]);
  const tasks = table([
    ["序号", "重点工作", "责任科室", "完成时限"],
    ["1", "招聘教师120名", "教师工作科", "2025年8月31日前"],
  ]);
  const title = "新城区教育局2025年度重点工作推进计划";
  const messages = (plan: { warnings: { message: string }[] }) => plan.warnings.map((w) => w.message).join("\n");

  it("names the table, so it is no task; the heading over the task table after it holds that table's tasks", () => {
    const plan = parsePlanDocument(doc(...paragraphs(title, "一、年度主要指标"), indicators, ...paragraphs("二、重点工作安排"), tasks));
    expect(tree(plan.sections)).toEqual([["重点工作安排", ["招聘教师120名"]]]);
    expect(plan.indicators.map((i) => i.name)).toEqual(["学前三年毛入园率"]);
    expect(messages(plan)).not.toContain("没有内容");
    // The task table first, the indicators after it: the same.
    const swapped = parsePlanDocument(doc(...paragraphs(title, "一、重点工作安排"), tasks, ...paragraphs("二、年度主要指标"), indicators));
    expect(tree(swapped.sections)).toEqual([["重点工作安排", ["招聘教师120名"]]]);
    expect(messages(swapped)).not.toContain("没有内容");
  });

  it("is no empty chapter before the chapters of prose tasks, and leaves no warning", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs(title, "一、年度主要指标"),
        indicators,
        ...paragraphs("二、重点工作安排", "（一）招聘教师120名。（责任科室：教师工作科）", "（二）新建幼儿园1所。"),
      ),
    );
    expect(tree(plan.sections)).toEqual([["重点工作安排", ["招聘教师120名", "新建幼儿园1所"]]]);
    expect(messages(plan)).not.toContain("未识别出任务");
  });

  it("keeps a chapter whose task table follows its indicators, and a list of one-line items the table follows only at the end", () => {
    const chapter = parsePlanDocument(doc(...paragraphs(title, "一、学前教育"), indicators, tasks, ...paragraphs("二、保障措施", "加强组织领导。")));
    expect(tree(chapter.sections)).toEqual([["学前教育", ["招聘教师120名"]]]);
    const items = parsePlanDocument(doc(...paragraphs("某县2025年工作要点", "一、成立专班", "二、建立台账", "三、定期通报"), indicators));
    expect(tree(items.sections)).toEqual([["", ["成立专班", "建立台账", "定期通报"]]]);
  });
});

describe("a table continued under 续表", () => {
  const header = ["序号", "重点任务", "牵头单位", "完成时限"];
  it("goes on the section of the table before it, under a heading or not; 续表 names nothing", () => {
    for (const heading of [[], ["一、重点任务"]]) {
      const plan = parsePlanDocument(
        doc(
          ...paragraphs("宁县教育局2025年重点工作任务分解表", ...heading),
          table([header, ["1", "招聘特岗教师65名", "人事股", "2025年7月"]]),
          ...paragraphs("续表"),
          table([header, ["2", "创建省级文明校园3所", "德育股", "2025年11月"]]),
        ),
      );
      expect(tree(plan.sections)).toEqual([[heading.length ? "重点任务" : "", ["招聘特岗教师65名", "创建省级文明校园3所"]]]);
      expect(plan.preamble).toBe("");
    }
  });
});
