// A plan sent as Word keeps its structure: paragraphs in order and real tables
// as grids (spans, cells merged down, header rows, cells of several lines),
// with what Word shows and nothing it does not (headers and footers, deleted
// text, field codes), and Word's automatic numbers as the reader sees them.
// Most cases call the worker's reader directly (fast); the last go through
// readPlanFile and its isolated worker, as an upload does.
import { describe, expect, it } from "vitest";
import { formatNumber, readDocxBlocks } from "@/lib/files/docx-reader.mjs";
import { MAX_DOCUMENT_CHARS } from "@/lib/files/parse-jobs";
import { docxDocument } from "@/lib/plans/import/docx-document";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { documentText, type PlanDocument, type TableBlock } from "@/lib/plans/parser/blocks";
import { parsePlanDocument } from "@/lib/plans/parser";
import { docxFromDocument, docxFromXml, paragraph } from "@/tests/support/docx";

const read = async (bytes: Uint8Array) => docxDocument(await readDocxBlocks(bytes, { maxChars: MAX_DOCUMENT_CHARS }));
const p = (text: string) => ({ kind: "paragraph" as const, text });
const cell = (text: string, merged?: "above" | "left") => (merged ? { text, merged } : { text });
const row = (texts: (string | [string, "above" | "left"])[], header = false) => ({
  cells: texts.map((t) => (typeof t === "string" ? cell(t) : cell(t[0], t[1]))),
  ...(header && { header: true }),
});
const doc = (...blocks: PlanDocument["blocks"]): PlanDocument => ({ format: "docx", blocks });
const paragraphTexts = (word: PlanDocument) => word.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));

/** 重点工作任务分解表 as bureaus lay it out: a repeated header, chapter rows across the table, a unit merged down. */
const TASK_TABLE: TableBlock = {
  kind: "table",
  rows: [
    row(["序号", "重点工作任务", "主要责任单位", "协同配合单位"], true),
    row(["一、加强党的全面领导", ["一、加强党的全面领导", "left"], ["一、加强党的全面领导", "left"], ["一、加强党的全面领导", "left"]]),
    row(["1", "持续推进学前教育普及普惠\n新建公办幼儿园3所", "区教育局", "区发展改革局\n区财政局"]),
    row(["2", "推进义务教育优质均衡发展", ["区教育局", "above"], "各乡镇人民政府"]),
    row(["3", "实施县域普通高中振兴行动", ["区教育局", "above"], ""]),
  ],
};

const SHAPES: [string, TableBlock][] = [
  ["a task breakdown table: header row, chapter row spanning it, a unit merged down, cells of several lines", TASK_TABLE],
  [
    "two header rows, the first spanning two columns over a cell merged down",
    {
      kind: "table",
      rows: [
        row(["序号", "目标与任务", "责任单位", ["责任单位", "left"]], true),
        row([["序号", "above"], ["目标与任务", "above"], "牵头", "配合"], true),
        row(["1", "办好人民满意的教育", "县教育局", "县财政局、县人社局"]),
      ],
    },
  ],
  [
    "a block merged both ways (two columns, three rows)",
    {
      kind: "table",
      rows: [
        row(["问题", "整改措施", "责任单位", "整改时限"], true),
        row(["校园安全隐患", "全面排查", "安全办\n基教科", ["安全办\n基教科", "left"]]),
        row(["", "建立台账", ["安全办\n基教科", "above"], ["安全办\n基教科", "left"]]),
        row(["", "限期整改", ["安全办\n基教科", "above"], ["安全办\n基教科", "left"]]),
      ],
    },
  ],
  [
    "ragged rows and empty cells",
    {
      kind: "table",
      rows: [row(["项目名称", "建设内容", "总投资", "建设年限", "责任单位"], true), row(["合计", "", "3.5亿元"]), row([]), row(["", "", "", "", ""])],
    },
  ],
];

describe("a .docx read back", () => {
  for (const [name, table] of SHAPES) {
    it(`keeps ${name}`, async () => {
      const original = doc(p("测试区教育局2025年工作要点"), table, p("说明：以上任务按季度报送进展。"));
      expect(await read(await docxFromDocument(original))).toEqual(original);
    });
  }

  it("reads a task table as one line per row, cells side by side, not one paragraph per cell", async () => {
    const word = await read(await docxFromDocument(doc(p("重点工作任务分解表"), TASK_TABLE)));
    expect(documentText(word).split("\n")).toEqual([
      "重点工作任务分解表",
      "序号\t重点工作任务\t主要责任单位\t协同配合单位",
      "一、加强党的全面领导\t一、加强党的全面领导\t一、加强党的全面领导\t一、加强党的全面领导",
      "1\t持续推进学前教育普及普惠 新建公办幼儿园3所\t区教育局\t区发展改革局 区财政局",
      "2\t推进义务教育优质均衡发展\t区教育局\t各乡镇人民政府",
      "3\t实施县域普通高中振兴行动\t区教育局\t",
    ]);
  });

  it("keeps a unit named in many rows as table text, not as a page header the parser removes", async () => {
    const rows = [row(["序号", "重点工作任务", "主要责任单位"], true)];
    for (let n = 1; n <= 8; n++) rows.push(row([String(n), `推进第${n}项学前教育重点工作`, "学前室"]));
    const plan = parsePlanDocument(await read(await docxFromDocument(doc(p("测试区教育局2025年工作要点"), p("一、学前教育"), { kind: "table", rows }))));
    expect(plan.title).toBe("测试区教育局2025年工作要点");
    expect(plan.warnings.map((w) => w.message).join("\n")).not.toMatch(/页眉|学前室/);
  });

  it("never reads the running header or the page-number footer as body text", async () => {
    const original = doc(p("测试区教育局2025年工作要点"), p("一、加强党的建设"), TASK_TABLE);
    const word = await read(await docxFromDocument(original, { header: "学前室", pageNumbers: true }));
    expect(word).toEqual(original);
    expect(documentText(word)).not.toMatch(/学前室|第 1 页/);
  });

  it("joins runs that Word split mid-word, in paragraphs and in cells", async () => {
    const original = doc(p("坚持立德树人，推动教育高质量发展（2025年）"), TASK_TABLE);
    expect(await read(await docxFromDocument(original, { runLength: 1 }))).toEqual(original);
    expect(await read(await docxFromDocument(original, { runLength: 4 }))).toEqual(original);
  });

  it("keeps a soft line break inside a paragraph, and reads a tab as a space", async () => {
    const word = await read(await docxFromXml(paragraph(["责任单位：局办公室", "\n", "完成时限：2025年6月底前"]) + paragraph("1.\t强化理论学习")));
    expect(word.blocks).toEqual([p("责任单位：局办公室\n完成时限：2025年6月底前"), p("1. 强化理论学习")]);
  });

  it("reads the main part wherever the package's relationships put it", async () => {
    expect(await read(await docxFromDocument(doc(p("一、总体要求")), { documentPart: "word/document2.xml" }))).toEqual(doc(p("一、总体要求")));
  });

  it("shows text as Word shows it with changes accepted: insertions kept, deletions, hidden text and field codes dropped", async () => {
    const body = [
      `<w:p><w:r><w:t>新建公办幼儿园</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>2</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>3</w:t></w:r></w:ins><w:r><w:t>所</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注）</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t xml:space="preserve">详见第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>`,
      `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>教育部网站</w:t></w:r></w:hyperlink><w:fldSimple w:instr=" DATE "><w:r><w:t>2025年3月1日</w:t></w:r></w:fldSimple></w:p>`,
      `<w:del w:id="3" w:author="a"><w:p><w:r><w:delText>删去的段落</w:delText></w:r></w:p></w:del>`,
    ].join("");
    expect((await read(await docxFromXml(body))).blocks).toEqual([p("新建公办幼儿园3所"), p("详见第 12 页"), p("教育部网站2025年3月1日")]);
  });

  it("unwraps content controls around paragraphs, rows and cells, and drops a deleted row", async () => {
    const tc = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const body = [
      `<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent>${paragraph("一、总体要求")}</w:sdtContent></w:sdt>`,
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>`,
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc("序号")}${tc("工作任务")}</w:tr>`,
      `<w:sdt><w:sdtContent><w:tr>${tc("1")}<w:sdt><w:sdtContent>${tc("强化理论学习")}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>`,
      `<w:tr><w:trPr><w:del w:id="4" w:author="a"/></w:trPr>${tc("2")}${tc("已删除的任务")}</w:tr>`,
      `</w:tbl>`,
    ].join("");
    expect((await read(await docxFromXml(body))).blocks).toEqual([
      p("一、总体要求"),
      { kind: "table", rows: [row(["序号", "工作任务"], true), row(["1", "强化理论学习"])] },
    ]);
  });

  it("flattens a table inside a cell into that cell's lines, one per row", async () => {
    const tc = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const inner = `<w:tbl><w:tr>${tc(paragraph("2025年"))}${tc(paragraph("完成50%"))}</w:tr><w:tr>${tc(paragraph("2026年"))}${tc(paragraph("全面完成"))}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr>${tc(paragraph("1"))}${tc(paragraph("推进集团化办学") + inner + "<w:p/>")}</w:tr></w:tbl>`;
    expect((await read(await docxFromXml(body))).blocks).toEqual([{ kind: "table", rows: [row(["1", "推进集团化办学\n2025年 完成50%\n2026年 全面完成"])] }]);
  });

  it("starts a row further right when Word says so (w:gridBefore)", async () => {
    const tc = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;
    const body = `<w:tbl><w:tr>${tc("序号")}${tc("任务")}${tc("单位")}</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("续")}${tc("基教科")}</w:tr></w:tbl>`;
    expect((await read(await docxFromXml(body))).blocks).toEqual([{ kind: "table", rows: [row(["序号", "任务", "单位"]), row(["", "续", "基教科"])] }]);
  });
});

/** numbering.xml as Word writes a 公文 heading list: 一、 / （一） / 1. / (1), and a bullet list. */
const NUMBERING = `
<w:abstractNum w:abstractNumId="0">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%4)"/><w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%5"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;

const STYLES = `
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;

const numbered = (text: string, numId: number, ilvl = 0) => paragraph(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const styled = (text: string, style: string, extra = "") => paragraph(text, `<w:pStyle w:val="${style}"/>${extra}`);

describe("Word's automatic numbering", () => {
  it("renders 一、 （一） 1. (1) ① as Word shows them, restarting under each higher level", async () => {
    const body = [
      paragraph("测试区教育局2025年工作要点"),
      styled("总体要求", "Heading1"),
      paragraph("坚持立德树人。"),
      styled("重点任务", "Heading1"),
      styled("加强党的建设", "Heading2"),
      numbered("强化理论学习", 1, 2),
      numbered("开展专题培训", 1, 3),
      numbered("每季度一次", 1, 4),
      numbered("建设学习型机关", 1, 3),
      numbered("落实意识形态责任制", 1, 2),
      styled("推进教育改革", "Heading2"),
      numbered("深化集团化办学", 1, 2),
      styled("保障措施", "Heading1"),
    ].join("");
    const word = await read(await docxFromXml(body, { numbering: NUMBERING, styles: STYLES }));
    expect(word.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "测试区教育局2025年工作要点",
      "一、总体要求",
      "坚持立德树人。",
      "二、重点任务",
      "（一）加强党的建设",
      "1. 强化理论学习",
      "(1) 开展专题培训",
      "① 每季度一次",
      "(2) 建设学习型机关",
      "2. 落实意识形态责任制",
      "（二）推进教育改革",
      "1. 深化集团化办学",
      "三、保障措施",
    ]);
  });

  it("continues a list across instances of it, restarts where Word is told to, and leaves bullets and numId 0 unnumbered", async () => {
    const body = [
      numbered("第一项", 3),
      numbered("第一项的细目", 3, 1),
      numbered("第二项", 3),
      paragraph("（插入的说明）"),
      numbered("第三项", 3),
      numbered("另一个清单的第一项", 4),
      numbered("要点", 2),
      styled("不编号的标题", "Heading1", `<w:numPr><w:numId w:val="0"/></w:numPr>`),
    ].join("");
    const word = await read(await docxFromXml(body, { numbering: NUMBERING, styles: STYLES }));
    expect(word.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "1. 第一项",
      "1.1 第一项的细目",
      "2. 第二项",
      "（插入的说明）",
      "3. 第三项",
      "1. 另一个清单的第一项",
      "要点",
      "不编号的标题",
    ]);
  });

  it("restarts a level only where its w:lvlRestart says: never (0), after the level it names or a higher one, else after any higher", async () => {
    const numbering = `
<w:abstractNum w:abstractNumId="9">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlRestart w:val="0"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/><w:lvlRestart w:val="1"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/><w:lvlRestart w:val="5"/></w:lvl>
</w:abstractNum>
<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>`;
    const items: [string, number][] = [
      ["坚持党建引领", 0],
      ["加强政治建设", 1],
      ["理论学习", 2],
      ["每月一次", 3],
      ["推进清廉学校建设", 1],
      ["廉洁教育", 2],
      ["每学期一次", 3],
      ["办好人民满意教育", 0],
      ["扩大学前教育资源", 1],
      ["新建幼儿园", 2],
      ["年内开工", 3],
    ];
    const word = await read(await docxFromXml(items.map(([text, ilvl]) => numbered(text, 9, ilvl)).join(""), { numbering }));
    expect(paragraphTexts(word)).toEqual([
      "一、坚持党建引领",
      "1. 加强政治建设",
      "(1) 理论学习",
      "① 每月一次",
      "2. 推进清廉学校建设",
      "(2) 廉洁教育",
      "① 每学期一次",
      "二、办好人民满意教育",
      "3. 扩大学前教育资源",
      "(1) 新建幼儿园",
      "① 年内开工",
    ]);
  });

  it("writes numbers in Word's formats", () => {
    const formats: [string, number[], string[]][] = [
      ["chineseCounting", [1, 10, 11, 20, 21, 100, 105, 110], ["一", "十", "十一", "二十", "二十一", "一百", "一百零五", "一百一十"]],
      ["chineseLegalSimplified", [1, 11, 20], ["壹", "壹拾壹", "贰拾"]],
      ["ideographTraditional", [1, 10], ["甲", "癸"]],
      ["decimalEnclosedCircle", [1, 20, 21], ["①", "⑳", "21"]],
      ["decimalEnclosedParen", [3], ["⑶"]],
      ["decimalFullWidth", [12], ["１２"]],
      ["upperRoman", [4, 9, 14, 1999], ["IV", "IX", "XIV", "MCMXCIX"]],
      ["lowerLetter", [1, 26, 27, -1, 1_000_000_000], ["a", "z", "aa", "-1", "1000000000"]],
      ["decimalZero", [7], ["07"]],
    ];
    for (const [format, numbers, expected] of formats)
      expect(
        numbers.map((n) => formatNumber(n, format)),
        format,
      ).toEqual(expected);
  });

  it("follows a list kept in a numbering style (w:numStyleLink)", async () => {
    const numbering = `
<w:abstractNum w:abstractNumId="7"><w:styleLink w:val="GongwenList"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="8"><w:numStyleLink w:val="GongwenList"/></w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>`;
    const styles = `<w:style w:type="numbering" w:styleId="GongwenList"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`;
    const body = numbered("总体要求", 8) + numbered("重点任务", 8);
    expect((await read(await docxFromXml(body, { numbering, styles }))).blocks).toEqual([p("一、总体要求"), p("二、重点任务")]);
  });

  it("numbers paragraphs inside table cells too", async () => {
    const body = `<w:tbl><w:tr><w:tc>${paragraph("重点任务")}</w:tc><w:tc>${numbered("完善制度", 3)}${numbered("加强督导", 3)}</w:tc></w:tr></w:tbl>`;
    expect((await read(await docxFromXml(body, { numbering: NUMBERING }))).blocks).toEqual([
      { kind: "table", rows: [row(["重点任务", "1. 完善制度\n2. 加强督导"])] },
    ]);
  });

  it("parses a work-points document whose headings Word numbers itself", async () => {
    const body = [
      paragraph("测试区教育局2025年工作要点"),
      styled("加强党的建设", "Heading1"),
      numbered("强化理论学习。责任单位：局办公室", 1, 2),
      numbered("落实意识形态责任制。责任单位：宣传科", 1, 2),
      numbered("2025年底前完成全员培训。责任单位：人事科", 1, 2),
      styled("推进教育改革", "Heading1"),
      numbered("深化集团化办学。责任单位：基教科", 1, 2),
    ].join("");
    const plan = parsePlanDocument(await read(await docxFromXml(body, { numbering: NUMBERING, styles: STYLES })));
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([
      [1, "加强党的建设"],
      [2, "推进教育改革"],
    ]);
    expect(plan.sections.flatMap((s) => s.tasks.map((t) => [t.title, t.units.map((u) => u.name)]))).toEqual([
      ["强化理论学习", ["局办公室"]],
      ["落实意识形态责任制", ["宣传科"]],
      ["2025年底前完成全员培训", ["人事科"]],
      ["深化集团化办学", ["基教科"]],
    ]);
  });
});

/** Heading styles as Chinese Word writes them (ids "1", "2", English built-in names), and a Title style. */
const HEADING_STYLES = `
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="标题 3"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="Task"><w:name w:val="任务标题"/><w:basedOn w:val="2"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;

describe("structure given by heading styles alone", () => {
  it("parses a work-points document whose sections and tasks are only 标题 1 / 标题 2, with no number text", async () => {
    const body = [
      styled("金凤区教育局2025年工作要点", "a3"),
      paragraph("2025年，全区教育系统坚持立德树人，推动教育高质量发展。"),
      styled("坚持党建引领", "1"),
      styled("加强党的政治建设", "2"),
      paragraph("目标任务：开展理论学习中心组学习12次以上。"),
      paragraph("责任单位：党建办"),
      paragraph("完成时限：2025年12月"),
      styled("推进清廉学校建设", "Task"),
      paragraph("责任单位：党建办、纪检组"),
      styled("办好人民满意教育", "1"),
      styled("扩大学前教育资源", "2"),
      paragraph("责任单位：学前教育科"),
      styled("推进义务教育优质均衡", "2"),
      paragraph("责任单位：基础教育科"),
      paragraph("完成时限：2025年10月"),
    ].join("");
    const plan = parsePlanDocument(await read(await docxFromXml(body, { styles: HEADING_STYLES })));
    expect(plan.title).toBe("金凤区教育局2025年工作要点");
    expect(plan.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.units.map((u) => u.name)])])).toEqual([
      [
        "坚持党建引领",
        [
          ["加强党的政治建设", ["党建办"]],
          ["推进清廉学校建设", ["党建办", "纪检组"]],
        ],
      ],
      [
        "办好人民满意教育",
        [
          ["扩大学前教育资源", ["学前教育科"]],
          ["推进义务教育优质均衡", ["基础教育科"]],
        ],
      ],
    ]);
  });

  it("numbers by the rank of the levels used, under each parent, and leaves a title in a heading style unnumbered", async () => {
    const body = [
      styled("测试区教育局2025年工作要点", "1"),
      paragraph("为推动教育高质量发展，制定本要点。"),
      styled("总体要求", "2"),
      paragraph("坚持立德树人。"),
      styled("重点任务", "2"),
      styled("加强党的建设", "3"),
      paragraph("责任单位：党建办"),
      styled("推进教育改革", "3"),
      paragraph("责任单位：基教科"),
      styled("保障措施", "2"),
      styled("加强组织领导", "3"),
    ].join("");
    expect(paragraphTexts(await read(await docxFromXml(body, { styles: HEADING_STYLES })))).toEqual([
      "测试区教育局2025年工作要点",
      "为推动教育高质量发展，制定本要点。",
      "一、总体要求",
      "坚持立德树人。",
      "二、重点任务",
      "（一）加强党的建设",
      "责任单位：党建办",
      "（二）推进教育改革",
      "责任单位：基教科",
      "三、保障措施",
      "（一）加强组织领导",
    ]);
  });

  it("leaves the plan's own title unnumbered when a cover letter in a heading style comes first", async () => {
    const letter = [
      paragraph("各股室、各学校："),
      paragraph("现将《隆德县2025年教育工作要点》印发给你们，请认真贯彻落实。"),
      paragraph("隆德县教育体育局"),
      paragraph("2025年3月1日"),
    ];
    const notice = "隆德县教育体育局关于印发《隆德县2025年教育工作要点》的通知";
    const sections = (level: string) => [
      styled("推进学前教育普惠发展", level),
      paragraph("1.新建幼儿园3所。（责任单位：学前办）"),
      styled("推进义务教育优质均衡", level),
      paragraph("2.完成国家督导评估认定。（责任单位：基教股）"),
    ];
    const cases = [
      // The notice and the plan's title in 标题 1, the sections in 标题 2: the title repeats the notice's 《》.
      [styled(notice, "1"), ...letter, styled("隆德县2025年教育工作要点", "1"), ...sections("2")],
      // The notice in plain text, the title and the sections alike in 标题 1.
      [paragraph(notice), ...letter, styled("隆德县2025年教育工作要点", "1"), ...sections("1")],
      // The title says more than the notice's 《》, yet names a plan genre (要点) right after the cover letter.
      [styled(notice.replace("隆德县2025", "2025"), "1"), ...letter, styled("隆德县2025年教育工作要点", "1"), ...sections("2")],
    ];
    for (const body of cases) {
      const word = await read(await docxFromXml(body.join(""), { styles: HEADING_STYLES }));
      expect(paragraphTexts(word).slice(5)).toEqual([
        "隆德县2025年教育工作要点",
        "一、推进学前教育普惠发展",
        "1.新建幼儿园3所。（责任单位：学前办）",
        "二、推进义务教育优质均衡",
        "2.完成国家督导评估认定。（责任单位：基教股）",
      ]);
      const plan = parsePlanDocument(word);
      expect(plan.sections.map((s) => [s.title, s.tasks.length])).toEqual([
        ["推进学前教育普惠发展", 1],
        ["推进义务教育优质均衡", 1],
      ]);
      // (The parser takes the notice's 《》 for the title where the plan's own says more.)
      if (body !== cases[2]) expect(plan.title).toBe("隆德县2025年教育工作要点");
    }
    // A plan that opens with its title: the first section is a section even when its name ends in a genre word.
    const opens = [styled("隆德县2025年教育工作要点", "1"), styled("重点任务清单", "2"), paragraph("1.新建幼儿园3所。"), styled("保障措施", "2")];
    const word = await read(await docxFromXml(opens.join(""), { styles: HEADING_STYLES }));
    expect(paragraphTexts(word)).toEqual(["隆德县2025年教育工作要点", "一、重点任务清单", "1.新建幼儿园3所。", "二、保障措施"]);
  });

  it("leaves the issuer and date of a signature in a heading style at the end unnumbered, so the parser reads them", async () => {
    const plan = [
      styled("隆德县2025年教育工作要点", "1"),
      styled("推进学前教育普惠发展", "2"),
      paragraph("1.新建幼儿园3所。（责任单位：学前办）"),
      styled("推进义务教育优质均衡", "2"),
      paragraph("2.完成国家督导评估认定。（责任单位：基教股）"),
    ];
    const signatures = [
      [styled("隆德县教育体育局", "3"), styled("2025年3月1日", "3")],
      [styled("隆德县教育体育局", "2"), paragraph(""), styled("2025年3月1日", "2")],
      [styled("2025年3月1日", "3"), styled("隆德县教育体育局", "3")],
    ];
    for (const signature of signatures) {
      const word = await read(await docxFromXml([...plan, ...signature].join(""), { styles: HEADING_STYLES }));
      expect(paragraphTexts(word).filter(Boolean).slice(1, 5)).toEqual([
        "一、推进学前教育普惠发展",
        "1.新建幼儿园3所。（责任单位：学前办）",
        "二、推进义务教育优质均衡",
        "2.完成国家督导评估认定。（责任单位：基教股）",
      ]);
      expect(paragraphTexts(word).filter(Boolean).slice(5).sort()).toEqual(["2025年3月1日", "隆德县教育体育局"]);
    }
    const parsed = parsePlanDocument(await read(await docxFromXml([...plan, ...signatures[0]!].join(""), { styles: HEADING_STYLES })));
    expect([parsed.issuer, parsed.issueDate, parsed.sections.map((s) => s.title)]).toEqual([
      "隆德县教育体育局",
      "2025-03-01",
      ["推进学前教育普惠发展", "推进义务教育优质均衡"],
    ]);
    // A last section whose name is an office's is no signature without a date beside it.
    const office = [...plan, styled("党建办公室", "2"), paragraph("3.开展主题党日活动。")];
    expect(paragraphTexts(await read(await docxFromXml(office.join(""), { styles: HEADING_STYLES }))).at(-2)).toBe("三、党建办公室");
  });

  it("stays fast on a document of hundreds of thousands of heading paragraphs in a row", () => {
    // 600 000 one-character paragraphs in 标题 1 fit the 60万字 limit. Each was once looked for in the title's
    // run of them, the whole document: 80 s. Now about a second; the bound is for a loaded machine.
    const blocks = Array.from({ length: 600_000 }, (_, i) => ({ kind: "paragraph" as const, text: "一二三四五六七八九十"[i % 10]!, headingLevel: 1 }));
    const started = Date.now();
    const word = docxDocument(blocks);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(paragraphTexts(word).slice(0, 3)).toEqual(["一", "二", "三"]);
  });

  it("leaves a document alone whose heading styles carry only its title or its 附件, or whose headings are numbered", async () => {
    const titleOnly = [
      styled("测试区教育局2025年工作要点", "1"),
      paragraph("一、加强党的建设"),
      paragraph("1. 强化理论学习。责任单位：党建办"),
      paragraph("二、推进教育改革"),
      paragraph("2. 深化集团化办学。责任单位：基教科"),
      styled("附件1", "1"),
      styled("重点项目清单", "2"),
      styled("附件2", "1"),
      styled("学校名单", "2"),
    ];
    const annexOnly = [paragraph("测试区教育局2025年工作要点"), ...titleOnly.slice(1)];
    const typed = [
      styled("测试区教育局2025年工作要点", "1"),
      styled("一、加强党的建设", "1"),
      paragraph("1. 强化理论学习。"),
      styled("（一）推进教育改革", "2"),
    ];
    const untitled = [paragraph("测试区教育局2025年工作要点"), styled("加强党的建设", "1"), paragraph("强化理论学习。")];
    for (const paragraphs of [titleOnly, annexOnly, typed, untitled]) {
      const word = await read(await docxFromXml(paragraphs.join(""), { styles: HEADING_STYLES }));
      expect(paragraphTexts(word)).toEqual(paragraphTexts(await read(await docxFromXml(paragraphs.join("")))));
    }
  });
});

/** Outline levels (大纲级别) as WPS and custom styles give them, with no heading style in sight. */
const OUTLINE_STYLES = `
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="一级标题"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="L2"><w:name w:val="二级标题"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="导语"/><w:basedOn w:val="H1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="T"><w:name w:val="标题"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;

const outline = (text: string, level: number) => paragraph(text, `<w:outlineLvl w:val="${level}"/>`);

describe("structure given by outline levels alone", () => {
  const expected = [
    ["加强党的建设", [["强化理论学习", ["党建办"]]]],
    [
      "推进教育改革",
      [
        ["深化集团化办学", ["基教科"]],
        ["扩大学前教育资源", ["学前教育科"]],
      ],
    ],
  ];
  const sectionsOf = (plan: ReturnType<typeof parsePlanDocument>) =>
    plan.sections.map((s) => [s.title, s.tasks.map((t) => [t.title, t.units.map((u) => u.name)])]);

  it("reads sections and tasks from outline levels set on the paragraphs themselves (WPS 大纲级别)", async () => {
    const body = [
      paragraph("测试区教育局2025年工作要点"),
      paragraph("2025年，全区教育系统坚持立德树人。"),
      outline("加强党的建设", 0),
      outline("强化理论学习", 1),
      paragraph("责任单位：党建办"),
      outline("推进教育改革", 0),
      outline("深化集团化办学", 1),
      paragraph("责任单位：基教科"),
      outline("扩大学前教育资源", 1),
      paragraph("责任单位：学前教育科"),
    ].join("");
    const plan = parsePlanDocument(await read(await docxFromXml(body)));
    expect(plan.title).toBe("测试区教育局2025年工作要点");
    expect(sectionsOf(plan)).toEqual(expected);
  });

  it("reads them from custom styles that set an outline level, and not from a title style or a style that sets body text", async () => {
    const body = [
      styled("测试区教育局2025年工作要点", "T"),
      styled("2025年，全区教育系统坚持立德树人。", "Lead"),
      styled("加强党的建设", "L1"),
      styled("强化理论学习", "L2"),
      paragraph("责任单位：党建办"),
      styled("推进教育改革", "L1"),
      styled("深化集团化办学", "L2"),
      paragraph("责任单位：基教科"),
      // The paragraph's own level wins over its style's.
      styled("扩大学前教育资源", "a", `<w:outlineLvl w:val="1"/>`),
      paragraph("责任单位：学前教育科"),
    ].join("");
    const word = await read(await docxFromXml(body, { styles: OUTLINE_STYLES }));
    expect(paragraphTexts(word).slice(0, 4)).toEqual([
      "测试区教育局2025年工作要点",
      "2025年，全区教育系统坚持立德树人。",
      "一、加强党的建设",
      "（一）强化理论学习",
    ]);
    expect(sectionsOf(parsePlanDocument(word))).toEqual(expected);
  });

  it("keeps a built-in heading style's level over the paragraph's own outline level, as Word does", async () => {
    const body = [
      paragraph("测试区教育局2025年工作要点"),
      styled("加强党的建设", "H1", `<w:outlineLvl w:val="9"/>`),
      paragraph("责任单位：党建办"),
      styled("推进教育改革", "H1"),
      paragraph("责任单位：基教科"),
    ].join("");
    expect(paragraphTexts(await read(await docxFromXml(body, { styles: OUTLINE_STYLES }))).filter((t) => /^[一二]、/.test(t))).toEqual([
      "一、加强党的建设",
      "二、推进教育改革",
    ]);
  });

  it("leaves a text alone whose every paragraph was given the same outline level", async () => {
    // Empty paragraphs between, as a typed text has them: no run of lines that could be one title.
    const body = [
      "测试区教育局2025年工作要点",
      "",
      "2025年，全区教育系统坚持立德树人。",
      "加强党的建设。",
      "",
      "强化理论学习。",
      "推进教育改革。",
      "深化集团化办学。",
    ].map((text) => outline(text, 0));
    const plain = paragraphTexts(await read(await docxFromXml(body.map((b) => b.replace(/<w:pPr>.*?<\/w:pPr>/, "")).join(""))));
    expect(paragraphTexts(await read(await docxFromXml(body.join(""))))).toEqual(plain);
  });
});

describe("a .docx through the upload path (isolated worker)", () => {
  it("reads tables and paragraphs as the direct reader does", { timeout: 30_000 }, async () => {
    const original = doc(p("测试区教育局2025年工作要点"), TASK_TABLE);
    expect((await readPlanFile("工作要点.docx", await docxFromDocument(original, { header: "学前室", pageNumbers: true }))).document).toEqual(original);
  });

  it("counts the grid positions a cell spans, so a few KB of wide cells cannot become millions of cells", { timeout: 30_000 }, async () => {
    const wide = `<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p/></w:tc>`.repeat(100);
    const body = `<w:tbl>${`<w:tr>${wide}</w:tr>`.repeat(Math.ceil(MAX_DOCUMENT_CHARS / 6_400) + 1)}</w:tbl>`;
    await expect(readPlanFile("规划.docx", await docxFromXml(body))).rejects.toThrow("文档内容过多（超过 60 万字）");
  });

  it("refuses a document of more text than any plan, in Chinese", { timeout: 30_000 }, async () => {
    const long = "推进教育高质量发展".repeat(1000);
    const body = Array.from({ length: Math.ceil(MAX_DOCUMENT_CHARS / long.length) + 1 }, () => paragraph(long)).join("");
    await expect(readPlanFile("规划.docx", await docxFromXml(body))).rejects.toThrow("文档内容过多（超过 60 万字），请删除无关内容或拆分后导入");
  });
});
