import { describe, expect, it } from "vitest";
import { parseCell, parseIndicatorHeader, parseIndicatorRows, splitNameUnit } from "@/lib/plans/parser/indicators-table";
import { parsePlanDocument, parsePlanText, textDocument, type PlanDocument } from "@/lib/plans/parser";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { docxFromDocument } from "@/tests/support/docx";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";
import { subColumnRow } from "@/lib/plans/parser/tables/indicator-sub-columns";
import { titledTable } from "./load-document";

/** A Word cell merged into the one above it, or into the one to its left. */
const above = (text: string) => ({ text, merged: "above" as const });
const left = (text: string) => ({ text, merged: "left" as const });

describe("indicator table pieces", () => {
  it("recognises the header and its year columns", () => {
    const h = parseIndicatorHeader("指标\t2020 年\t2025 年");
    expect(h?.columns.map((c) => [c.role, c.year])).toEqual([
      ["name", null],
      ["baseline", 2020],
      ["target", 2025],
    ]);
    expect(parseIndicatorHeader("序号\t指标名称\t单位\t2020年\t2025年\t属性")?.columns.map((c) => c.role)).toEqual([
      "skip",
      "name",
      "unit",
      "baseline",
      "target",
      "attribute",
    ]);
    expect(parseIndicatorHeader("姓名\t职务")).toBeNull();
  });

  it("warns that a year column between the baseline and the target is not kept (2023年基数 | 2025年 | 2027年)", () => {
    const header = parseIndicatorHeader("指标\t2023年基数\t2025年\t2027年\t属性")!;
    const { indicators, warnings } = parseIndicatorRows(header, [{ line: 4, text: "学前三年毛入园率（%）\t91.5\t93\t≥95\t预期性" }], 2027);
    expect(indicators[0]).toMatchObject({ baseline: { value: 91.5, year: 2023 }, target: { value: 95, year: 2027 } });
    expect(warnings).toEqual([{ line: 4, message: "指标表中“2025年”列的数值未导入：每项指标只保存基数和目标两列，请核对" }]);
    const twoYears = parseIndicatorHeader("指标\t2020年\t2025年")!;
    expect(parseIndicatorRows(twoYears, [{ line: 2, text: "学前三年毛入园率（%）\t91.5\t95" }], 2025).warnings).toEqual([]);
  });

  it("a contact list's row (项目办 | 马丽 | 0931-5225678 | 13919312345) is no header: its phone numbers hold no year", () => {
    expect(parseIndicatorHeader("项目办\t马丽\t主任\t0931-5225678\t13919312345")).toBeNull();
    const plan = parsePlanDocument(
      titledTable("联系人", [
        ["单位", "联系人", "职务", "办公电话", "手机"],
        ["安全股", "张伟", "股长", "0931-5221234", "13893112345"],
        ["项目办", "马丽", "主任", "0931-5225678", "13919312345"],
        ["德育股", "赵小军", "副股长", "0931-5223456", "18993112345"],
      ]),
    );
    expect(plan.indicators).toEqual([]);
  });

  it("splits the unit off the name only when it is a unit", () => {
    expect(splitNameUnit("学前三年毛入园率（%）")).toEqual({ name: "学前三年毛入园率", unit: "%" });
    expect(splitNameUnit("劳动年龄人口平均受教育年限（年）")).toEqual({ name: "劳动年龄人口平均受教育年限", unit: "年" });
    expect(splitNameUnit("普惠性幼儿园（公办和民办）")).toEqual({ name: "普惠性幼儿园（公办和民办）", unit: null });
  });

  it("parses cell values with and without % and comparators", () => {
    expect(parseCell("85.20%")).toEqual({ value: 85.2, unit: "%", comparator: null });
    expect(parseCell("10.758")).toEqual({ value: 10.758, unit: null, comparator: null });
    expect(parseCell("≥95%")).toMatchObject({ value: 95, comparator: ">=" });
    expect(parseCell("5%以下")).toMatchObject({ value: 5, comparator: "<=" });
    expect(parseCell("3-5所")).toMatchObject({ value: 3, min: 3, max: 5, comparator: "range", unit: "所" });
    expect(parseCell("—")).toBeNull();
    expect(parseCell("较大提升")).toBe("invalid");
    expect(parseCell("＞92")).toMatchObject({ value: 92, comparator: ">=" });
    expect(parseCell("＜5%")).toMatchObject({ value: 5, comparator: "<=" });
    expect(parseCell("[85]")).toMatchObject({ value: 85, comparator: null });
    expect(parseCell("［2.5］万人")).toMatchObject({ value: 2.5, unit: "万人" });
  });

  it("reads a change from the baseline (下降2个百分点, 提高5个百分点, 减少3人) and a ratio (17:1, 18：1)", () => {
    expect(["下降2个百分点", "提高5个百分点", "减少3人", "17:1", "18：1"].map((cell) => parseCell(cell))).toEqual([
      { value: -2, unit: null, comparator: "change" },
      { value: 5, unit: null, comparator: "change" },
      { value: -3, unit: null, comparator: "change" },
      { value: 17, unit: ":1", comparator: null },
      { value: 18, unit: ":1", comparator: null },
    ]);
    expect(parseCell("每年下降1个百分点")).toBe("invalid");
  });

  it("an indicator table's change and ratio targets: 近视率 down 2 points from its baseline, 生师比 at most 17:1", () => {
    const plan = parsePlanDocument(
      titledTable("某县“十四五”教育事业发展规划", [
        ["指标", "单位", "2020年", "2025年", "属性"],
        ["小学生师比", "", "18:1", "17:1", "预期性"],
        ["儿童青少年总体近视率", "%", "52.3", "下降2个百分点", "约束性"],
      ]),
    );
    expect(plan.indicators.map((i) => [i.name, i.unit, i.baseline?.value, i.target])).toEqual([
      ["小学生师比", ":1", 18, { value: 17, year: 2025, comparator: "<=" }],
      ["儿童青少年总体近视率", "%", 52.3, { value: -2, year: 2025, comparator: "change" }],
    ]);
    expect(plan.warnings.map((w) => w.message).join()).not.toContain("无法解析");
  });

  it("reads the words a cell compares by (不低于22, 不超过45) and the ones that change nothing (累计15, 100（保持）, 力争98)", () => {
    const read = (cell: string) => {
      const v = parseCell(cell);
      return v && v !== "invalid" ? [v.value, v.comparator, v.unit] : v;
    };
    expect(["不低于22", "不少于50", "至少3所", "不超过45", "小于5", "控制在8%", "低于0.5%"].map(read)).toEqual([
      [22, ">=", null],
      [50, ">=", null],
      [3, ">=", "所"],
      [45, "<=", null],
      [5, "<=", null],
      [8, "<=", "%"],
      [0.5, "<=", "%"],
    ]);
    expect(["达到99", "保持100", "100（保持）", "力争98", "累计15", "15（累计）", "（15）"].map(read)).toEqual([
      [99, null, null],
      [100, null, null],
      [100, null, null],
      [98, null, null],
      [15, null, null],
      [15, null, null],
      [15, null, null],
    ]);
    expect(read("持续提升")).toBe("invalid");
    const table = ["主要指标", "指标\t单位\t2025年\t2030年\t属性", "财政性教育经费支出\t亿元\t18.6\t不低于22\t约束性"].join("\n");
    const plan = parsePlanDocument(textDocument(table));
    expect(plan.indicators.map((i) => [i.name, i.unit, i.baseline, i.target])).toEqual([
      ["财政性教育经费支出", "亿元", { value: 18.6, year: 2025 }, { value: 22, year: 2030, comparator: ">=" }],
    ]);
    expect(plan.warnings.filter((w) => w.message.includes("指标表"))).toEqual([]);
    // A unit cell of — states no unit.
    const dashes = parsePlanDocument(textDocument(["主要指标", "指标\t单位\t2025年\t2030年", "省级示范校数\t—\t3\t5"].join("\n")));
    expect(dashes.indicators.map((i) => [i.name, i.unit])).toEqual([["省级示范校数", null]]);
  });

  it("defaults to ≥ but uses ≤ for rates that should fall", () => {
    const h = parseIndicatorHeader("指标\t2020年\t2025年");
    if (!h) throw new Error("header");
    const { indicators, warnings } = parseIndicatorRows(
      h,
      [
        { line: 5, text: "学生近视率（%）\t55\t50" },
        { line: 6, text: "义务教育巩固率（%）\t99\t—" },
        { line: 7, text: "生均经费\t较高\t12000元" },
      ],
      2025,
    );
    expect(indicators.map((i) => [i.name, i.unit, i.baseline?.value, i.target?.value, i.target?.comparator])).toEqual([
      ["学生近视率", "%", 55, 50, "<="],
      ["义务教育巩固率", "%", 99, undefined, undefined],
      ["生均经费", "元", undefined, 12000, ">="],
    ]);
    expect(warnings).toEqual([{ line: 7, message: "指标表行无法解析数值：“生均经费 / 较高 / 12000元”" }]);
  });
});

describe("indicator tables inside a document", () => {
  it("handles category rows, space-separated rows and the plan end year for undated targets", () => {
    const plan = parsePlanText(
      [
        "某区教育事业“十四五”发展规划",
        "一、发展目标",
        "表1 主要指标",
        "指标\t现状\t目标",
        "学前教育",
        "学前三年毛入园率（%）\t90\t95",
        "义务教育",
        "巩固率（%）\t99.5\t≥99.8",
        "二、主要任务",
        "（一）学前教育",
        "1.扩大资源。新建幼儿园3所。",
      ].join("\n"),
    );
    expect(plan.indicators.map((i) => [i.category, i.name, i.baseline, i.target])).toEqual([
      ["学前教育", "学前三年毛入园率", { value: 90, year: null }, { value: 95, year: 2025, comparator: ">=" }],
      ["义务教育", "巩固率", { value: 99.5, year: null }, { value: 99.8, year: 2025, comparator: ">=" }],
    ]);
    expect(plan.planText[0]?.text).toBe("表1主要指标");

    // A group name is a short line without tabs; a longer one is the prose after the table.
    const grouped = parsePlanText(
      ["某区教育事业“十四五”发展规划", "一、发展目标", "指标\t现状\t目标", "义务教育阶段学校办学条件标准达标", "巩固率（%）\t99.5\t99.8"].join("\n"),
    );
    expect(grouped.indicators.map((i) => [i.category, i.name])).toEqual([["义务教育阶段学校办学条件标准达标", "巩固率"]]);
    const prose = parsePlanText(
      ["某区教育事业“十四五”发展规划", "一、发展目标", "指标\t现状\t目标", "义务教育阶段学校办学条件标准化达标", "巩固率（%）\t99.5\t99.8"].join("\n"),
    );
    expect(prose.indicators).toEqual([]);

    const spaced = parsePlanText("某县教育规划（2021-2025年）\n一、发展目标\n指标 2020 年 2025 年\n毛入园率（%） 88.5% 92%\n二、主要任务\n1.任务。内容。");
    expect(spaced.indicators).toEqual([
      expect.objectContaining({ name: "毛入园率", unit: "%", baseline: { value: 88.5, year: 2020 }, target: { value: 92, year: 2025, comparator: ">=" } }),
    ]);
  });
});

describe("an indicator sheet as a city's 附表 writes it", () => {
  it("reads 指标属性 as the attribute, a 一、 category row across the table, and drops 附表1 from the title", () => {
    const text = [
      "附表1　沙坡头区“十四五”教育事业发展主要指标",
      "序号\t指标名称\t2020年基数\t2025年目标\t指标属性",
      "一、学前教育\t\t\t\t",
      "1\t学前三年毛入园率（%）\t89.3%\t95.0%\t预期性",
      "二、义务教育\t\t\t\t",
      "2\t九年义务教育巩固率（%）\t99.2\t＞99.5\t约束性",
    ].join("\n");
    const plan = parsePlanText(text);
    expect(plan.title).toBe("沙坡头区“十四五”教育事业发展主要指标");
    expect(plan.indicators.map((i) => [i.category, i.name, i.attribute, i.target?.value])).toEqual([
      ["学前教育", "学前三年毛入园率", "预期性", 95],
      ["义务教育", "九年义务教育巩固率", "约束性", 99.5],
    ]);
  });
});

describe("an indicator table whose first column is the 类别", () => {
  const HEADER = ["类别", "指标名称", "单位", "2025年基数", "2030年目标", "属性"];
  const ROWS = [
    ["学前教育", "学前三年毛入园率", "%", "91.3", "≥95", "预期性"],
    ["", "普惠性幼儿园覆盖率", "%", "85.2", "92", "约束性"],
    ["义务教育", "九年义务教育巩固率", "%", "98.6", "≥99", "约束性"],
  ];
  const EXPECTED = [
    ["学前教育", "学前三年毛入园率", "%", 91.3, 95, "预期性"],
    ["学前教育", "普惠性幼儿园覆盖率", "%", 85.2, 92, "约束性"],
    ["义务教育", "九年义务教育巩固率", "%", 98.6, 99, "约束性"],
  ];
  const read = (plan: ReturnType<typeof parsePlanText>) =>
    plan.indicators.map((i) => [i.category, i.name, i.unit, i.baseline?.value, i.target?.value, i.attribute]);

  it("reads indicators under their category from text, not tasks titled by their targets", () => {
    const plan = parsePlanDocument(textDocument(["丰宁县教育事业发展“十五五”规划主要指标", ...[HEADER, ...ROWS].map((r) => r.join("\t"))].join("\n")));
    expect(read(plan)).toEqual(EXPECTED);
    expect(plan.sections).toEqual([]);
  });

  it("does so from a Word table with the category merged down", async () => {
    const cell = (text: string, i: number) => (i === 0 && text === "" ? { text: "学前教育", merged: "above" as const } : { text });
    const doc: PlanDocument = {
      format: "docx",
      blocks: [
        { kind: "paragraph", text: "丰宁县教育事业发展“十五五”规划主要指标" },
        { kind: "table", rows: [HEADER, ...ROWS].map((r) => ({ cells: r.map(cell) })) },
      ],
    };
    const { parsed } = await readPlanFile("主要指标.docx", await docxFromDocument(doc));
    expect(read(parsed)).toEqual(EXPECTED);
    expect(parsed.sections).toEqual([]);
  });
});

describe("an indicator table whose years sit in a second header row", () => {
  it("reads 基期值 | 目标值 over 2020年 | 2025年 as the baseline's and the target's years, and no indicator of the header", () => {
    const doc = titledTable("慈利县“十四五”教育事业发展主要指标", [
      ["序号", "指标名称", "单位", "基期值", "目标值", "指标属性"],
      { cells: [above("序号"), above("指标名称"), above("单位"), { text: "2020年" }, { text: "2025年" }, above("指标属性")] },
      ["1", "学前三年毛入园率", "%", "85.2", "86", "预期性"],
      ["2", "普惠性幼儿园覆盖率", "%", "80.5", "≥85", "约束性"],
    ]);
    expect(parsePlanDocument(doc).indicators.map((i) => [i.name, i.baseline, i.target?.value, i.target?.year])).toEqual([
      ["学前三年毛入园率", { value: 85.2, year: 2020 }, 86, 2025],
      ["普惠性幼儿园覆盖率", { value: 80.5, year: 2020 }, 85, 2025],
    ]);
  });

  it("takes the last year under a 目标值 spanning two columns as the target", () => {
    const doc = titledTable(
      "某县“十五五”教育事业发展规划主要指标",
      [
        { cells: [{ text: "指标" }, { text: "基期值" }, { text: "目标值" }, left("目标值")] },
        { cells: [above("指标"), { text: "2025年" }, { text: "2027年" }, { text: "2030年" }] },
        ["学前三年毛入园率（%）", "91.3", "93", "95以上"],
      ],
      "docx",
    );
    expect(parsePlanDocument(doc).indicators.map((i) => [i.name, i.baseline, i.target])).toEqual([
      ["学前三年毛入园率", { value: 91.3, year: 2025 }, { value: 95, year: 2030, comparator: ">=" }],
    ]);
  });
});

describe("an indicator table with 小学 | 初中 under each year", () => {
  const TITLE = "某县“十五五”教育事业发展主要指标";
  const ROWS = [
    ["一、义务教育", "", "", "", "", ""],
    ["义务教育巩固率（%）", "99.2", "98.5", "99.5", "≥99", "约束性"],
    ["专任教师本科及以上学历比例（%）", "85", "90", "—", "98", "预期性"],
  ];
  const EXPECTED = [
    ["义务教育", "义务教育巩固率（小学）", "%", 99.2, 99.5, "约束性"],
    ["义务教育", "义务教育巩固率（初中）", "%", 98.5, 99, "约束性"],
    ["义务教育", "专任教师本科及以上学历比例（小学）", "%", 85, null, "预期性"],
    ["义务教育", "专任教师本科及以上学历比例（初中）", "%", 90, 98, "预期性"],
  ];
  const read = (plan: ReturnType<typeof parsePlanText>) =>
    plan.indicators.map((i) => [i.category, i.name, i.unit, i.baseline?.value, i.target?.value ?? null, i.attribute]);
  const wordRows = () => [
    { cells: [{ text: "指标" }, { text: "2025年" }, left("2025年"), { text: "2030年" }, left("2030年"), { text: "属性" }] },
    { cells: [above("指标"), { text: "小学" }, { text: "初中" }, { text: "小学" }, { text: "初中" }, above("属性")] },
    { cells: [{ text: ROWS[0]![0]! }, ...ROWS[0]!.slice(1).map(() => left(ROWS[0]![0]!))] },
    ...ROWS.slice(1).map((r) => ({ cells: r.map((text) => ({ text })) })),
  ];

  it("reads one indicator per label and year pair, and no indicator of the labels' row", () => {
    const plan = parsePlanDocument(titledTable(TITLE, wordRows(), "docx"));
    expect(read(plan)).toEqual(EXPECTED);
    expect(plan.indicators[0]?.baseline?.year).toBe(2025);
    expect(plan.indicators[0]?.target?.year).toBe(2030);
    expect(plan.warnings.filter((w) => w.message.includes("指标表"))).toEqual([]);
  });

  it.each([
    ["docx", docxFromDocument],
    ["xlsx", xlsxFromDocument],
  ] as const)("does so from a .%s file with the years merged across their two columns", async (format, write) => {
    const doc: PlanDocument = {
      format,
      blocks: [
        { kind: "paragraph", text: TITLE },
        { kind: "table", rows: wordRows() },
      ],
    };
    const { parsed } = await readPlanFile(`主要指标.${format}`, await write(doc));
    expect(read(parsed)).toEqual(EXPECTED);
  });

  it("takes 基期值 | 目标值 under a year for what its columns hold, not for labels of indicators of their own", () => {
    const row = { cells: [above("指标"), { text: "基期值" }, { text: "目标值" }, above("属性")] };
    expect(subColumnRow(row, 0)).toBeNull();
    expect(subColumnRow({ cells: [above("指标"), { text: "城区" }, { text: "农村" }] }, 0)).toEqual({
      labels: ["", "城区", "农村"],
      distinct: ["城区", "农村"],
    });
    // A label under the name column makes it a data row.
    expect(subColumnRow({ cells: [{ text: "小学" }, { text: "初中" }, { text: "高中" }] }, 0)).toBeNull();
  });

  it("and from tab-separated text, where the spanning year is written once and the cells under it are blank", () => {
    const lines = [TITLE, ["指标", "2025年", "", "2030年", "", "属性"], ["", "小学", "初中", "小学", "初中", ""], ...ROWS].map((r) =>
      Array.isArray(r) ? r.join("\t") : r,
    );
    expect(read(parsePlanDocument(textDocument(lines.join("\n"))))).toEqual(EXPECTED);
  });
});
