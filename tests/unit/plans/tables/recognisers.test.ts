// Table recognisers chosen by header, whatever the column order and wording,
// and what happens to a table none of them knows.
import { describe, expect, it } from "vitest";
import { parsePlanDocument, parsePlanText, textDocument, documentText, type PlanDocument, type TableBlock } from "@/lib/plans/parser";
import { recogniserFor } from "@/lib/plans/parser/tables";
import { investmentInWan } from "@/lib/plans/parser/tables/projects";
import { LEFT, ABOVE, paragraphs, table } from "@/tests/support/plan-layouts";
import { allTasks, readDocument, SEED_DOCUMENTS } from "../load-document";

const doc = (...blocks: PlanDocument["blocks"]): PlanDocument => ({ format: "docx", blocks });
const recognised = (t: TableBlock) => recogniserFor(t)?.recogniser.name ?? null;

describe("choosing a recogniser by header", () => {
  it("knows each layout by its header cells, below a title row and in any column order", () => {
    expect(recognised(table([["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]]))).toBe("breakdown");
    expect(recognised(table([["完成时限", "责任单位", "工作任务"]]))).toBe("breakdown");
    expect(
      recognised(
        table([
          ["2025年任务清单", LEFT, LEFT],
          ["具体措施", "责任领导", "时间节点"],
        ]),
      ),
    ).toBe("breakdown");
    expect(recognised(table([["问题", "整改措施", "责任单位", "责任人", "整改时限"]]))).toBe("rectification");
    expect(recognised(table([["项目名称", "建设内容", "总投资", "建设年限", "责任单位"]]))).toBe("projects");
    expect(recognised(table([["序号", "指标名称", "2025年", "2027年", "属性"]]))).toBe("indicators");
    expect(recognised(table([["姓名", "职务", "联系电话"]]))).toBeNull();
  });

  it("a task table titled under 附件1 takes the plan's year from that title, so 12月底 has a date", () => {
    const plan = parsePlanDocument(
      doc(
        { kind: "paragraph", text: "附件1" },
        { kind: "paragraph", text: "盐池县2025年教育重点工作任务分解表" },
        table([
          ["序号", "重点任务", "责任单位", "完成时限"],
          ["1", "推进义务教育优质均衡。", "基教股", "12月底"],
        ]),
      ),
    );
    expect(plan).toMatchObject({ title: "盐池县2025年教育重点工作任务分解表", period: { startYear: 2025, endYear: 2025 } });
    expect(allTasks(plan).map((t) => t.dueDate)).toEqual(["2025-12-31"]);
  });

  it("a cover's 编制日期 line right above a task table does not name its section", () => {
    const plan = parsePlanDocument(
      doc(
        { kind: "paragraph", text: "2025年度重点工作任务清单" },
        { kind: "paragraph", text: "编制单位：西夏区教育局办公室" },
        { kind: "paragraph", text: "编制日期：2025年2月" },
        table([
          ["序号", "工作任务", "责任股室", "完成时间"],
          ["1", "推进学前教育普惠发展", "学前教育科", "2025年12月"],
        ]),
      ),
    );
    expect(plan.sections.map((s) => s.title)).not.toContain("编制日期：2025年2月");
    expect(allTasks(plan).map((t) => t.title)).toEqual(["推进学前教育普惠发展"]);
  });

  it("an indicator table with 单位 and 2025年目标 columns is indicators, not tasks titled by its values", () => {
    const t = table([
      ["指标", "单位", "2020年基数", "2025年目标", "属性"],
      ["学前三年毛入园率", "%", "88.5", "92", "预期性"],
    ]);
    expect(recognised(t)).toBe("indicators");
    const plan = parsePlanDocument(doc(t));
    expect(allTasks(plan)).toEqual([]);
    expect(plan.indicators.map((i) => [i.name, i.baseline?.value, i.target?.value, i.target?.year])).toEqual([["学前三年毛入园率", 88.5, 92, 2025]]);
    // A task table with a year in one header is still a task table.
    expect(recognised(table([["任务名称", "工作措施", "2025年目标", "责任单位", "完成时限"]]))).toBe("breakdown");
    // Without years, 目标 still names a task table's column.
    expect(recognised(table([["序号", "项目", "目标任务", "责任单位", "完成时限"]]))).toBe("breakdown");
  });

  it("reads the same tasks whatever the column order and naming", () => {
    const a = table([
      ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "时间节点"],
      ["1", "建设智慧校园。", "周 敏", "县教育局电教站", "县工信局", "2025年底"],
    ]);
    const b = table([
      ["时间节点", "协同配合单位", "牵头责任单位", "分管领导", "重点工作任务", "序号"],
      ["2025年底", "县工信局", "县教育局电教站", "周 敏", "建设智慧校园。", "1"],
    ]);
    const read = (t: TableBlock) => allTasks(parsePlanDocument(doc(t))).map((x) => [x.number, x.title, x.leaders, x.units, x.deadline]);
    expect(read(a)).toEqual([
      [
        1,
        "建设智慧校园",
        ["周敏"],
        [
          { name: "县教育局电教站", role: "lead" },
          { name: "县工信局", role: "cooperate" },
        ],
        "2025年底",
      ],
    ]);
    expect(read(b)).toEqual(read(a));
  });

  it("reads the role a bracket gives a unit column: 责任单位（牵头） | 责任单位（配合）", () => {
    const t = table([
      ["工作任务", "责任单位（牵头）", "责任单位（配合）"],
      ["开展防溺水教育。", "县教体局", "县应急局"],
    ]);
    expect(allTasks(parsePlanDocument(doc(t)))[0]?.units).toEqual([
      { name: "县教体局", role: "lead" },
      { name: "县应急局", role: "cooperate" },
    ]);
  });

  it("reads a two-row header: 责任单位 spanning 牵头 | 配合", () => {
    const t = table([
      ["序号", "重点任务", "责任单位", LEFT],
      [ABOVE, ABOVE, "牵头单位", "配合单位"],
      ["1", "开展校园足球联赛。", "县教体局", "县总工会"],
    ]);
    expect(allTasks(parsePlanDocument(doc(t)))[0]?.units).toEqual([
      { name: "县教体局", role: "lead" },
      { name: "县总工会", role: "cooperate" },
    ]);
  });
});

describe("rows of a task table", () => {
  it("makes a row with only 一、… in 序号, or one text across the table, a section; （一） nests", () => {
    const t = table([
      ["序号", "重点工作任务", "责任单位"],
      ["一、立德树人", "", ""],
      ["（一）思政课建设", LEFT, LEFT],
      ["1", "推进大中小学思政课一体化建设。", "县教体局"],
      ["劳动教育", LEFT, LEFT],
      ["2", "建设劳动教育实践基地2个。", "县教体局"],
    ]);
    const plan = parsePlanDocument(doc(t));
    expect(plan.sections.map((s) => [s.number, s.title, s.sections.map((x) => [x.number, x.title, x.tasks.length]), s.tasks.length])).toEqual([
      [1, "立德树人", [[1, "思政课建设", 1]], 0],
      [null, "劳动教育", [], 1],
    ]);
    expect(allTasks(plan).map((x) => x.number)).toEqual([1, 2]);
  });

  it("makes 一 in 序号 with a name in the task cell and nothing else a section", () => {
    const t = table([
      ["序号", "重点任务", "牵头单位"],
      ["一", "学前教育", ""],
      ["1", "新建幼儿园2所。", "县教体局"],
      ["二", "义务教育", ""],
      ["2", "推进集团化办学。", "县教体局"],
    ]);
    const plan = parsePlanDocument(doc(t));
    expect(plan.sections.map((s) => [s.number, s.title, s.tasks.map((x) => x.number)])).toEqual([
      [1, "学前教育", [1]],
      [2, "义务教育", [2]],
    ]);
  });

  it("puts task rows without chapter rows in one section named by the caption above the table", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("2025年春季开学工作方案", "一、加强组织领导", "1.成立工作专班。", "开学工作任务清单"),
        table([
          ["任务", "责任单位"],
          ["排查校舍安全隐患。", "各学校"],
        ]),
      ),
    );
    expect(plan.sections.map((s) => [s.title, s.tasks.map((t) => t.title)])).toEqual([
      ["加强组织领导", ["成立工作专班"]],
      ["开学工作任务清单", ["排查校舍安全隐患"]],
    ]);
    // The caption names the table's section; it does not run on as a measure of the task above.
    expect(allTasks(plan)[0]?.measures).toEqual([]);
  });

  it("treats a task cell merged down over rows as one task whose rows add measures and units", () => {
    const t = table([
      ["序号", "重点任务", "具体措施", "责任单位"],
      ["1", "提升课后服务水平", "丰富课后服务内容。", "县教体局"],
      [ABOVE, ABOVE, "引入第三方机构参与。", "县财政局"],
    ]);
    const tasks = allTasks(parsePlanDocument(doc(t)));
    expect(tasks.map((x) => [x.title, x.measures, x.units.map((u) => u.name), x.endLine - x.line])).toEqual([
      ["提升课后服务水平", ["丰富课后服务内容。", "引入第三方机构参与。"], ["县教体局", "县财政局"], 1],
    ]);
  });

  it("joins a unit name cut by the cell width, and numbers tasks on when 序号 is empty", () => {
    const t = table([
      ["工作任务", "责任单位"],
      ["1.开展体质健康监测。", "体卫艺德育\n科、基教科"],
      ["开展近视防控宣传。", "县卫健局\n各学校"],
    ]);
    const tasks = allTasks(parsePlanDocument(doc(t)));
    expect(tasks.map((x) => [x.number, x.title, x.units.map((u) => u.name)])).toEqual([
      [1, "开展体质健康监测", ["体卫艺德育科", "基教科"]],
      [2, "开展近视防控宣传", ["县卫健局", "各学校"]],
    ]);
  });

  it("keeps 备注 as the last measure and a page number in the task's source", () => {
    const t: TableBlock = {
      kind: "table",
      rows: [
        { cells: [{ text: "序号" }, { text: "重点任务" }, { text: "责任单位" }, { text: "备注" }], page: 3 },
        { cells: [{ text: "1" }, { text: "创建平安校园。" }, { text: "县教体局" }, { text: "市级考核指标" }], page: 4 },
      ],
    };
    const task = allTasks(parsePlanDocument({ format: "pdf", blocks: [t] }))[0];
    expect([task?.measures, task?.source]).toEqual([["备注：市级考核指标"], { table: 1, row: 2, page: 4 }]);
  });

  it("gives prose tasks the page of their paragraph", () => {
    const plan = parsePlanDocument({
      format: "pdf",
      blocks: [
        { kind: "paragraph", text: "2025年工作要点", page: 1 },
        { kind: "paragraph", text: "一、加强党的建设", page: 1 },
        { kind: "paragraph", text: "1.强化理论武装。", page: 2 },
      ],
    });
    expect(allTasks(plan).map((t) => t.source)).toEqual([{ line: 3, page: 2 }]);
  });
});

describe("projects and indicators", () => {
  it("reads 总投资 in 万元 whatever the unit, and skips 合计 / 小计 and group rows", () => {
    expect([
      investmentInWan("1.2亿元", null),
      investmentInWan("800万元", null),
      investmentInWan("800", 1),
      investmentInWan("800", null),
      investmentInWan("待定", 1),
    ]).toEqual([12000, 800, 800, null, null]);
    const t = table([
      ["项目名称", "总投资（亿元）", "建设年限"],
      ["一、学前教育项目", LEFT, LEFT],
      ["城北幼儿园", "0.5", "2025年"],
      ["小计", "0.5", ""],
    ]);
    expect(parsePlanDocument(doc(t)).projects.map((p) => [p.name, p.investmentWanYuan, p.taskNumber])).toEqual([["城北幼儿园", 5000, null]]);
  });

  it("runs a project from its 开工时间 to its 竣工时间, and keeps its other columns in its content", () => {
    const t = table([
      ["序号", "项目名称", "建设性质", "建设规模及内容", "总投资（万元）", "2025年计划投资（万元）", "资金来源", "开工时间", "竣工时间", "责任单位"],
      ["1", "第三中学教学综合楼", "新建", "新建教学综合楼1栋。", "6800", "3500", "中央预算内资金", "2025年3月", "2026年8月", "县教育体育局"],
    ]);
    expect(parsePlanDocument(doc(t)).projects).toMatchObject([
      {
        name: "第三中学教学综合楼",
        content: "新建教学综合楼1栋。建设性质：新建；2025年计划投资（万元）：3500；资金来源：中央预算内资金",
        investmentWanYuan: 6800,
        years: "2025年3月—2026年8月",
        units: [{ name: "县教育体育局" }],
      },
    ]);
  });

  it("does not shift an indicator's values when its baseline cell is empty", () => {
    const t = table([
      ["指标", "2025年", "2030年"],
      ["新增公办学位（个）", "", "3000"],
    ]);
    expect(parsePlanDocument(doc(t)).indicators.map((i) => [i.name, i.baseline, i.target?.value])).toEqual([["新增公办学位", null, 3000]]);
  });
});

describe("a table no recogniser knows", () => {
  it("is kept as plan text with one warning, never glued into a task", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs("2025年工作要点", "一、加强党的建设", "1.强化理论武装。深入学习贯彻党的二十大精神。", "联系人名单"),
        table([
          ["姓名", "职务", "联系电话"],
          ["李 明", "办公室主任", "0951-1234567"],
        ]),
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures, t.endLine])).toEqual([["强化理论武装", ["深入学习贯彻党的二十大精神。"], 3]]);
    expect(plan.planText).toEqual([{ title: "联系人名单", kind: "other", text: "姓名 | 职务 | 联系电话\n李明 | 办公室主任 | 0951-1234567", line: 5 }]);
    expect(plan.warnings.filter((w) => w.message.includes("表格"))).toEqual([
      { line: 5, message: "表格1未能识别（表头：姓名、职务、联系电话），已作为正文保留" },
    ]);
  });

  it("under a notice whose 《title》 is repeated right above it: the repeat is the document's title, not the table's caption", () => {
    const notice = paragraphs(
      "关于印发《甘州区2025年度中小学校办学水平督导评估细则》的通知",
      "各中小学校：",
      "现将《甘州区2025年度中小学校办学水平督导评估细则》印发给你们，请认真对照开展自评。",
      "甘州区教育局",
      "2025年4月3日",
      "甘州区2025年度中小学校办学水平督导评估细则",
    );
    const plan = parsePlanDocument(
      doc(
        ...notice,
        table([
          ["一级指标", "考核内容", "分值", "评分标准"],
          ["A1 办学方向", "落实党组织领导的校长负责制。", "10", "制度不健全扣3分。"],
        ]),
      ),
    );
    expect(plan.title).toBe("甘州区2025年度中小学校办学水平督导评估细则");
    expect(plan.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/未找到方案正文标题行/));
  });

  it("an annex the notice names too (《…分解表》) is still the caption of its table after the plan's body", () => {
    const plan = parsePlanDocument(
      doc(
        ...paragraphs(
          "关于印发《某县2025年教育工作要点》及《某县2025年重点工作任务分解表》的通知",
          "现将《某县2025年教育工作要点》及《某县2025年重点工作任务分解表》印发给你们。",
          "某县2025年教育工作要点",
          "一、推进学前教育普及普惠",
          "1.扩大普惠性资源供给。新建幼儿园2所。",
          "某县2025年重点工作任务分解表",
        ),
        table([
          ["序号", "工作任务", "责任单位", "完成时限"],
          ["1", "新建幼儿园2所", "学前股", "2025年9月"],
        ]),
      ),
    );
    expect(allTasks(plan).map((t) => [t.title, t.measures])).toEqual([
      ["扩大普惠性资源供给", ["新建幼儿园2所。"]],
      ["新建幼儿园2所", []],
    ]);
  });
});

describe("worksheets", () => {
  it("names a sheet's section and a notes sheet's plan text by the sheet, never by Excel's default name", () => {
    const tasks: TableBlock = {
      ...table([
        ["重点任务", "责任单位"],
        ["开展校园足球联赛。", "县教体局"],
      ]),
      sheet: "体育工作",
    };
    const notes: TableBlock = { ...table([["1.本表由各单位每月5日前更新。"], ["2.联系人：办公室。"]]), sheet: "说明" };
    const plain: TableBlock = {
      ...table([
        ["重点任务", "责任单位"],
        ["开展艺术展演。", "县教体局"],
      ]),
      sheet: "Sheet1",
    };
    const plan = parsePlanDocument({ format: "xlsx", blocks: [tasks, notes, plain] });
    expect(plan.sections.map((s) => s.title)).toEqual(["体育工作", ""]);
    expect(plan.planText.map((b) => [b.title, b.text])).toEqual([["说明", "1.本表由各单位每月5日前更新。\n2.联系人：办公室。"]]);
  });
});

describe(".txt tables", () => {
  it("reads a run of tab-separated lines as a table block, lines keeping their numbers", () => {
    const text = [
      "2025年重点任务",
      "序号\t重点任务\t责任单位",
      "一、教育质量\t\t",
      "1\t开展教学视导。\t县教研室",
      "2\t组织学业质量监测。\t县教研室",
      "请各单位认真落实。",
    ].join("\n");
    const d = textDocument(text);
    expect(d.blocks.map((b) => (b.kind === "table" ? `table:${b.rows.length}` : "p"))).toEqual(["p", "table:4", "p"]);
    expect(documentText(d)).toBe(text);
    const plan = parsePlanDocument(d);
    expect(allTasks(plan).map((t) => [t.number, t.title, t.source, t.line])).toEqual([
      [1, "开展教学视导", { table: 1, row: 3 }, 4],
      [2, "组织学业质量监测", { table: 1, row: 4 }, 5],
    ]);
  });

  it("leaves table-of-contents entries and a single tabbed line as text", () => {
    const d = textDocument("目 录\n一、发展基础.....\t1\n二、发展目标.....\t8\n正文\t一行");
    expect(d.blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });

  it("parses every seed document through its blocks exactly as through its text", () => {
    for (const name of SEED_DOCUMENTS) {
      const text = readDocument(name);
      expect(parsePlanDocument(textDocument(text)), name).toEqual(parsePlanText(text));
    }
  });
});
