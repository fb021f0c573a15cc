// Headers as other bureaus word them: labels no list foresaw, and a two-row header
// with bare 牵头 / 配合 under a merged 责任单位.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, type PlanDocument, type TableCell } from "@/lib/plans/parser";

const C = (text: string, merged?: TableCell["merged"]): TableCell => (merged ? { text, merged } : { text });
const plan = (rows: TableCell[][]): PlanDocument => ({
  format: "docx",
  blocks: [
    { kind: "paragraph", text: "某县2025年重点任务分解表" },
    { kind: "table", rows: rows.map((cells) => ({ cells })) },
  ],
});
const tasks = (doc: PlanDocument) => parsePlanDocument(doc).sections.flatMap((s) => s.tasks);

describe("task tables whatever their header's wording", () => {
  it("reads 主要工作任务 | 分管局领导 | 责任股室 | 完成时间节点 by the words in the labels", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("主要工作任务"), C("分管局领导"), C("责任股室"), C("完成时间节点")],
        [C("1"), C("推进集团化办学"), C("张伟\n李强"), C("基础教育股"), C("2025年6月底前")],
      ]),
    );
    expect(task).toMatchObject({ number: 1, title: "推进集团化办学", leaders: ["张伟", "李强"], dueDate: "2025-06-30" });
    expect(task!.units).toEqual([{ name: "基础教育股", role: "responsible" }]);
  });

  it("a 行事历's 月份 column says when each row's work is done", () => {
    const rows = tasks(
      plan([
        [C("月份"), C("主要工作"), C("责任股室")],
        [C("9月"), C("召开全县教育工作会议"), C("办公室")],
        [C("12月"), C("组织期末质量检测"), C("教研室")],
      ]),
    );
    expect(rows.map((t) => [t.title, t.dueDate])).toEqual([
      ["召开全县教育工作会议", "2025-09-30"],
      ["组织期末质量检测", "2025-12-31"],
    ]);
  });

  it("a 完成时限 kept as Excel's day number in a General-format cell (45838) is its date", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("工作任务"), C("责任单位"), C("完成时限")],
        [C("1"), C("开展校舍安全隐患排查"), C("安全股"), C("45838")],
      ]),
    );
    expect(task).toMatchObject({ deadline: "2025年6月30日", dueDate: "2025-06-30" });
    // A task merged over two rows, each with its day number: both dates, the later the task's.
    const [merged] = tasks(
      plan([
        [C("序号"), C("工作任务"), C("具体措施"), C("完成时限")],
        [C("1"), C("开展校舍安全隐患排查"), C("完成排查"), C("45838")],
        [C("1", "above"), C("开展校舍安全隐患排查", "above"), C("完成整改"), C("45930")],
      ]),
    );
    expect(merged).toMatchObject({ deadline: "2025年6月30日；2025年9月30日", dueDate: "2025-09-30" });
  });

  it("a second column of what the task involves (具体内容, 任务内容, 督办内容, 建设内容) is its measures; 目标任务 beside 重点任务 its goal", () => {
    const words = ["具体内容", "任务内容", "督办内容", "实施内容", "建设内容", "目标任务"];
    const read = words.map(
      (w) =>
        tasks(
          plan([
            [C("序号"), C("督办事项"), C(w), C("责任单位")],
            [C("1"), C("推进学校建设"), C("新增学位540个。"), C("计财股")],
          ]),
        )[0],
    );
    expect(read.map((t) => [t?.title, t?.measures, t?.goal])).toEqual(
      words.map((w) => (w === "目标任务" ? ["推进学校建设", [], "新增学位540个。"] : ["推进学校建设", ["新增学位540个。"], null])),
    );
    expect(read.map((t) => t?.targets.map((g) => g.value))).toEqual(words.map(() => [540]));
  });

  it("具体工作, 工作安排, 实施步骤… beside the task are its measures; 主要工作 alone names the row", () => {
    const words = ["具体工作", "工作安排", "具体安排", "实施步骤", "工作标准", "主要工作"];
    const read = words.map((w) =>
      tasks(
        plan([
          [C("序号"), C("重点任务"), C(w), C("牵头单位"), C("完成时限")],
          [C("1"), C("推进学校建设"), C("新建教学楼1栋。"), C("计财股"), C("2025年12月")],
        ]),
      ).map((t) => [t.title, t.measures]),
    );
    expect(read).toEqual(words.map(() => [["推进学校建设", ["新建教学楼1栋。"]]]));
    const alone = tasks(
      plan([
        [C("序号"), C("主要工作"), C("牵头单位"), C("完成时限")],
        [C("1"), C("推进学校建设"), C("计财股"), C("2025年12月")],
      ]),
    );
    expect(alone.map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([["推进学校建设", ["计财股"]]]);
  });

  it("a 项目名称 column titles the task in a list of 实事项目 with no 总投资", () => {
    const read = tasks(
      plan([
        [C("序号"), C("项目名称"), C("主要内容及目标"), C("牵头单位"), C("完成时间")],
        [C("1"), C("县城第三小学新建工程"), C("新建教学楼、综合楼，新增学位2160个"), C("县教育局"), C("2025年8月底前")],
      ]),
    );
    expect(read.map((t) => [t.title, t.measures, t.targets.map((g) => g.value)])).toEqual([
      ["县城第三小学新建工程", ["新建教学楼、综合楼，新增学位2160个"], [2160]],
    ]);
  });

  it("a summary sheet of counts (类别 | 任务数 | 已完成) is no task table: no task titled 2, and a warning", () => {
    const doc = plan([
      [C("类别"), C("任务数"), C("已完成"), C("推进中")],
      [C("党建工作"), C("2"), C("0"), C("2")],
      [C("教育教学"), C("2"), C("1"), C("1")],
    ]);
    expect(tasks(doc)).toEqual([]);
    expect(parsePlanDocument(doc).warnings.map((w) => w.message)).toContain("表格1未能识别（表头：类别、任务数、已完成、推进中），已作为正文保留");
  });

  it("a start date or a reporting time beside the deadline is kept as a note, whichever column comes first", () => {
    for (const [start, end] of [
      ["开始时间", "完成时间"],
      ["计划开始时间", "计划完成时间"],
      ["开工时间", "竣工时间"],
      ["启动时间", "完成时限"],
    ]) {
      const read = tasks(
        plan([
          [C("序号"), C("重点任务"), C("责任单位"), C(start!), C(end!)],
          [C("1"), C("改造学校食堂"), C("后勤科"), C("2025年3月"), C("2025年8月")],
        ]),
      );
      expect(read.map((t) => [t.dueDate, t.measures])).toEqual([["2025-08-31", [`${start}：2025年3月`]]]);
    }
    const [reported] = tasks(
      plan([
        [C("序号"), C("督办事项"), C("承办科室"), C("完成时限"), C("进展反馈时间")],
        [C("1"), C("推进城东学校建设"), C("计划建设科"), C("2025年8月31日"), C("每月25日前")],
      ]),
    );
    expect([reported?.dueDate, reported?.measures]).toEqual(["2025-08-31", ["进展反馈时间：每月25日前"]]);
  });

  it("a task cell's first line is its name when the lines under it are what it involves; a wrapped line is not", () => {
    const [named, wrapped] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位")],
        [C("1"), C("推进义务教育优质均衡\n实施强校提质工程，培育优质学校10所。"), C("基教股")],
        [C("2"), C("推进义务教育优质均衡发展，实施强校提质\n工程，培育优质学校10所。"), C("基教股")],
      ]),
    );
    expect([named?.title, named?.measures]).toEqual(["推进义务教育优质均衡", ["实施强校提质工程，培育优质学校10所。"]]);
    expect(wrapped?.title).toBe("推进义务教育优质均衡发展，实施强校提质工程，培育优质学校10所");
  });

  it("reads full-width digits and ％ in cells as prose lines read them", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位"), C("完成时限")],
        [C("１"), C("新增学位５４０个，普惠性幼儿园覆盖率达到９２％以上"), C("学前教育股"), C("２０２５年１２月底前")],
      ]),
    );
    expect(task).toMatchObject({ title: "新增学位540个，普惠性幼儿园覆盖率达到92%以上", dueDate: "2025-12-31" });
    expect(task!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [540, "个", "="],
      [92, "%", ">="],
    ]);
  });

  it("keeps a 整改清单's 问题类别 and 整改状态 with the task, under their own headings", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("问题类别"), C("问题描述"), C("整改措施"), C("责任单位"), C("整改时限"), C("整改状态"), C("备注")],
        [C("1"), C("办学条件"), C("专用教室不足"), C("改造闲置校舍。"), C("计财股"), C("2025年6月30日"), C("已完成"), C("已验收")],
      ]),
    );
    // 已完成 is the task's status (stated-status.test.ts), not a measure that repeats it.
    expect(task!.measures).toEqual(["改造闲置校舍。", "问题类别：办学条件", "备注：已验收"]);
    expect(task!.status).toBe("completed");
  });

  it("a 办理进展 column says what was done: kept with the measures, never a target", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("督办事项"), C("具体内容"), C("责任科室"), C("办理进展")],
        [C("1"), C("推进教师培训"), C("培训教师800人次。"), C("人事股"), C("已培训460人次，完成率58%")],
      ]),
    );
    expect(task!.measures).toEqual(["培训教师800人次。", "办理进展：已培训460人次，完成率58%"]);
    expect(task!.targets.map((t) => [t.value, t.unit])).toEqual([[800, "人次"]]);
  });

  it("takes a 整改清单's targets from its measures, not from the problem it states", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("问题描述"), C("整改措施"), C("责任单位"), C("整改时限")],
        [C("1"), C("教师交流轮岗比例低于15%，未达标学校3所"), C("交流轮岗比例达到15%以上"), C("人事股"), C("2025年12月底前")],
      ]),
    );
    expect(task).toMatchObject({ title: "教师交流轮岗比例低于15%，未达标学校3所" });
    expect(task!.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[15, "%", ">="]]);
  });

  it("a task merged over several rows keeps each row's date apart, and reads （牵头） after a unit as its role", () => {
    const [task] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("具体措施"), C("责任单位"), C("完成时限")],
        [C("1"), C("扩大优质资源供给"), C("新建第三中学。"), C("县教育局（牵头）、县发改局（配合）"), C("2025年8月底前")],
        [C("1", "above"), C("扩大优质资源供给", "above"), C("改扩建教学楼。"), C("县教育局（牵头）、县发改局（配合）", "above"), C("2024年12月")],
        [C("1", "above"), C("扩大优质资源供给", "above"), C("学位数达到9000个。"), C("县教育局（牵头）、县发改局（配合）", "above"), C("2026年")],
      ]),
    );
    expect(task).toMatchObject({ deadline: "2025年8月底前；2024年12月；2026年", dueDate: "2026-12-31" });
    // A PDF cell wrapped mid-number is one date.
    const [wrapped] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位"), C("完成时限")],
        [C("1"), C("推进集团化办学"), C("县委宣传部、县教育局（协同）"), C("2025年1\n2月底前")],
      ]),
    );
    expect(wrapped).toMatchObject({ deadline: "2025年12月底前", dueDate: "2025-12-31" });
    // A bracketed mark is the role of the one unit before it; the words are those a header's bracket uses (协同).
    expect(wrapped!.units).toEqual([
      { name: "县委宣传部", role: "responsible" },
      { name: "县教育局", role: "cooperate" },
    ]);
    expect(task!.units).toEqual([
      { name: "县教育局", role: "lead" },
      { name: "县发改局", role: "cooperate" },
    ]);
  });

  it("reads a 工作目标 column as the task's goal, and as its title when the table has nothing else", () => {
    const [withTask] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("工作目标"), C("具体措施"), C("责任单位")],
        [C("1"), C("推进集团化办学"), C("组建教育集团3个"), C("开展结对帮扶。"), C("基础教育科")],
      ]),
    );
    expect(withTask).toMatchObject({ title: "推进集团化办学", goal: "组建教育集团3个", measures: ["开展结对帮扶。"] });
    expect(withTask!.targets.map((t) => [t.value, t.unit])).toEqual([[3, "个"]]);
    const [goalOnly] = tasks(
      plan([
        [C("序号"), C("工作目标"), C("责任单位"), C("完成时限")],
        [C("1"), C("普惠性幼儿园覆盖率达到92%以上"), C("学前教育股"), C("2025年12月底前")],
      ]),
    );
    expect(goalOnly).toMatchObject({ title: "普惠性幼儿园覆盖率达到92%以上", units: [{ name: "学前教育股", role: "responsible" }] });
  });

  it("takes bare 牵头 / 配合 under a merged 责任单位 as the units' roles, not as a task", () => {
    const found = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位"), C("责任单位", "left"), C("完成时限")],
        [C("序号", "above"), C("重点任务", "above"), C("牵头"), C("配合"), C("完成时限", "above")],
        [C("1"), C("推进集团化办学"), C("基础教育科"), C("财务科、人事科"), C("2025年12月底")],
      ]),
    );
    expect(found.map((t) => [t.number, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      [1, "推进集团化办学", ["基础教育科:lead", "财务科:cooperate", "人事科:cooperate"]],
    ]);
  });

  it("reads 1.1 in 序号 as a sub-item, not as task 11", () => {
    const numbers = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位")],
        [C("1.1"), C("推进集团化办学"), C("基础教育科")],
      ]),
    ).map((t) => t.number);
    expect(numbers).not.toContain(11);
  });

  it("names a column nothing reads in a warning, once, rather than dropping it without a word", () => {
    const parsed = parsePlanDocument(
      plan([
        [C("序号"), C("重点任务"), C("责任单位"), C("督查方式"), C("考评")],
        [C("1"), C("新建第五幼儿园"), C("学前股"), C("实地查看"), C("")],
        [C("2"), C("改造薄弱学校"), C("计财股"), C("查阅资料"), C("")],
      ]),
    );
    expect(parsed.sections.flatMap((s) => s.tasks).map((t) => t.title)).toEqual(["新建第五幼儿园", "改造薄弱学校"]);
    expect(parsed.warnings.map((w) => w.message)).toEqual(["表格1的“督查方式”列未能识别，其内容未导入"]);
  });

  it("事项来源 / 资金来源 / 交办依据: where the task or its money comes from is a note of the task, never a second task column", () => {
    const parsed = parsePlanDocument(
      plan([
        [C("序号"), C("督办事项"), C("事项来源"), C("承办科室"), C("资金来源"), C("交办依据")],
        [C("1"), C("推进东关小学抗震加固工程"), C("局长办公会第3次"), C("计划财务科"), C("专项债券"), C("区政府常务会议纪要")],
      ]),
    );
    expect(parsed.sections.flatMap((s) => s.tasks).map((t) => [t.title, t.measures])).toEqual([
      ["推进东关小学抗震加固工程", ["事项来源：局长办公会第3次", "资金来源：专项债券", "交办依据：区政府常务会议纪要"]],
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it("责任领导 | 责任人: the leader leads the task, the 责任人 beside them is kept as a note; 责任人 alone is the leaders column", () => {
    const [both] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任领导"), C("责任单位"), C("责任人")],
        [C("1"), C("新建公办幼儿园2所"), C("张伟"), C("学前教育股"), C("李小红\n王强")],
      ]),
    );
    expect([both!.leaders, both!.measures]).toEqual([["张伟"], ["责任人：李小红、王强"]]);
    const [contact] = tasks(
      plan([
        [C("序号"), C("工作任务"), C("责任领导"), C("责任科室"), C("联系人"), C("联系电话")],
        [C("1"), C("新建公办幼儿园2所"), C("张伟"), C("学前教育股"), C("冯 雪"), C("0951-5012345")],
      ]),
    );
    expect([contact!.leaders, contact!.measures]).toEqual([["张伟"], ["联系人：冯雪", "联系电话：0951-5012345"]]);
    const [alone] = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位"), C("责任人")],
        [C("1"), C("新建公办幼儿园2所"), C("学前教育股"), C("李小红")],
      ]),
    );
    expect([alone!.leaders, alone!.measures]).toEqual([["李小红"], []]);
  });

  it("a units cell that says each unit's role (牵头：督导室；配合：…, one a line, or 由…负责) gives each its own", () => {
    const read = tasks(
      plan([
        [C("序号"), C("重点任务"), C("责任单位")],
        [C("1"), C("开展督导评估"), C("牵头：督导室；配合：基础教育股、计财股")],
        [C("2"), C("开展质量监测"), C("牵头单位：督导室\n配合单位：基础教育股")],
        [C("3"), C("改造学校食堂"), C("由后勤服务中心负责")],
      ]),
    ).map((t) => t.units.map((u) => `${u.role}:${u.name}`));
    expect(read).toEqual([["lead:督导室", "cooperate:基础教育股", "cooperate:计财股"], ["lead:督导室", "cooperate:基础教育股"], ["responsible:后勤服务中心"]]);
  });
});
