// Most bureaus publish their plans as PDF. A PDF written from a plan's
// paragraphs and tables (tests/support/pdf.ts: Chinese text in a subset-style
// font, running header, page numbers, bordered tables whose header repeats on
// each page) must read back as the same blocks: paragraphs whole, tables with
// their rows and cells, furniture gone.
import { describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/errors";
import { UNTRUSTED_FILE_MESSAGES } from "@/lib/files/messages";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument } from "@/lib/plans/parser";
import { documentText, type Block, type PlanDocument, type TableRow } from "@/lib/plans/parser/blocks";
import { PDF_MESSAGES } from "@/lib/plans/readers/pdf-messages";
import { pdfFromDocument, scannedPdf, type PdfOptions } from "@/tests/support/pdf";

const paragraph = (text: string): Block => ({ kind: "paragraph", text });
const row = (...cells: string[]): TableRow => ({ cells: cells.map((text) => ({ text })) });
const header = (...cells: string[]): TableRow => ({ ...row(...cells), header: true });

/** Blocks as a reader of the document sees them: no pages, header marks kept. */
function shape(doc: PlanDocument) {
  return doc.blocks.map((b) =>
    b.kind === "paragraph"
      ? b.text
      : b.rows.map((r) => ({ cells: r.cells.map((c) => (c.merged ? `${c.text}@${c.merged}` : c.text)), header: r.header ?? false })),
  );
}

const roundTrip = async (doc: PlanDocument, options: PdfOptions = {}) =>
  (await readPlanFile("方案.pdf", pdfFromDocument(doc, { header: "贺兰县教育体育局文件", ...options }))).document;

const LONG =
  "全面贯彻党的教育方针，落实立德树人根本任务，坚持以人民为中心发展教育，推进基础教育优质均衡发展，办好人民满意的教育。到2025年，学前三年毛入园率达到92%以上，义务教育巩固率保持在99%以上。";

const tasks = Array.from({ length: 45 }, (_, i) =>
  row(
    String(i + 1),
    `推进第${i + 1}项重点工作，健全工作机制，加强督导检查，确保各项任务落地见效`,
    i % 3 ? "基础教育科" : "体卫艺德育科、基教科",
    "2025年6月底前",
  ),
);

const plan: PlanDocument = {
  format: "pdf",
  blocks: [
    paragraph("贺兰县教育质量提升行动实施方案"),
    paragraph("一、总体要求"),
    paragraph(LONG),
    paragraph("二、重点任务"),
    { kind: "table", rows: [header("序号", "重点任务", "牵头单位", "完成时限"), ...tasks] },
    paragraph("三、保障措施"),
    paragraph(LONG.replace("2025", "2027")),
    {
      kind: "table",
      rows: [
        row("问题", "整改措施", "责任单位"),
        row("课后服务覆盖不足", "扩大课后服务覆盖面\n每周不少于5天", "基础教育科"),
        row("教师培训针对性不强", "分层分类开展培训", "教师发展中心"),
      ],
    },
  ],
};

// Each case starts a parse worker that loads pdf.js (about a second on this machine, more when it is busy).
describe("a plan sent as a .pdf", { timeout: 60_000 }, () => {
  it("reads back its paragraphs and tables, the table over three pages once, its header marked", async () => {
    const doc = await roundTrip(plan);
    expect(doc.format).toBe("pdf");
    expect(shape(doc)).toEqual(shape(plan));
    const table = doc.blocks[4];
    expect(table?.kind === "table" && new Set(table.rows.map((r) => r.page)).size).toBeGreaterThanOrEqual(2);
  });

  it("reads a page set sideways (its text running up or down the sheet) as it reads an upright one, borders drawn either way", async () => {
    const upright = shape(await roundTrip(plan));
    expect(shape(await roundTrip(plan, { turned: "up", rulings: "stroke" }))).toEqual(upright);
    expect(shape(await roundTrip(plan, { turned: "down", rulings: "rect" }))).toEqual(upright);
  });

  it("drops the running header and every style of page number", async () => {
    for (const pageNumbers of ["dash", "di", "emdash", "fraction"] as const) {
      const text = documentText(await roundTrip(plan, { pageNumbers }));
      expect(text, pageNumbers).not.toMatch(/贺兰县教育体育局文件|^\s*[-—]\s*\d+\s*[-—]\s*$|第\d+页|^\d+\/\d+$/m);
      expect(text.split("\n")).toHaveLength(documentText(plan).split("\n").length);
    }
  });

  it("keeps a wrapped unit list whole, so the parser reads every unit", async () => {
    // 37 characters fit a line (an item numbered （一） is not indented): the break falls inside 体卫艺德育|科.
    const units = "责任单位：教育体育局办公室、计划财务科、人事科、党建办、体卫艺德育科、基教科、教研室、各中小学校。";
    const lead = "（一）加强学校体育工作。".padEnd(37 - units.indexOf("科、基教科"), "强");
    // One page: a running header cannot be told from the title by repetition, so this file has none.
    const doc = await roundTrip({ format: "pdf", blocks: [paragraph("学校体育工作要点"), paragraph("一、重点任务"), paragraph(lead + units)] }, { header: "" });
    expect(shape(doc)).toEqual(["学校体育工作要点", "一、重点任务", lead + units]);
    const task = parsePlanDocument(doc).sections[0]?.tasks[0];
    expect(task?.units.map((u) => u.name)).toEqual(expect.arrayContaining(["体卫艺德育科", "基教科", "教研室"]));
  });

  it("starts a paragraph at each field label, also on a page that holds only the last short label lines", async () => {
    // 38 lines fit a page: page 2 holds only 责任单位 and 完成时限, and the longer of the two sets that page's right edge.
    const tasks = Array.from({ length: 11 }, (_, i) => [`${i + 1}.推进第${i + 1}项重点工作。`, "责任单位：基础教育科", "完成时限：2025年6月"]).flat();
    const last = ["12.推进集团化办学。", "组建教育集团3个。", "责任领导：刘建华", "责任单位：基础教育科、人事科", "完成时限：2025年9月"];
    const source: PlanDocument = { format: "pdf", blocks: ["惠农区教育局2025年工作要点", "一、重点任务", ...tasks, ...last].map(paragraph) };
    const doc = await roundTrip(source);
    expect(doc.blocks.filter((b) => b.kind === "paragraph" && b.page === 2).map((b) => b.kind === "paragraph" && b.text)).toEqual(last.slice(-2));
    const task = parsePlanDocument(doc).sections[0]?.tasks[11];
    expect([task?.title, task?.units.map((u) => u.name), task?.dueDate]).toEqual(["推进集团化办学", ["基础教育科", "人事科"], "2025-09-30"]);
  });

  // 38 lines fit a page, and a task takes four (its text wraps once): tasks 1–9 fill page 1 under the title and
  // heading, tasks 10–18 page 2 (two of them with a 责任领导 line), so both pages end with a task's last line, a
  // date that differs from the other page's in its digits only.
  const pagedTasks = (last: (n: number) => string) =>
    Array.from({ length: 20 }, (_, i) => {
      const n = i + 1;
      const text = `${n}.推进第${n}项重点工作，健全工作机制，加强督导检查，确保各项任务落地见效，形成可推广的经验做法。`;
      return [text, ...(n === 10 || n === 11 ? ["责任领导：刘建华"] : []), "基础教育科", last(n)];
    });
  const month = (n: number) => (n % 11) + 1;

  it("keeps a field label line that ends most pages, which repetition alone would take for a running footer", async () => {
    const tasks = pagedTasks((n) => `完成时限：2025年${month(n)}月`);
    const texts = ["惠农区教育局2025年工作要点", "一、重点任务", ...tasks.flat()];
    const doc = await roundTrip({ format: "pdf", blocks: texts.map(paragraph) });
    expect(shape(doc)).toEqual(texts);
    const parsed = parsePlanDocument(doc).sections[0]?.tasks ?? [];
    expect(parsed.map((t) => t.deadline)).toEqual(tasks.map((t) => t.at(-1)!.slice(5)));
  });

  it("keeps a content line whose dates differ from page to page, yet drops a running header whose date or page number changes", async () => {
    const tasks = pagedTasks((n) => `2025年${month(n)}月底前`);
    const texts = ["惠农区教育局2025年工作要点", "一、重点任务", ...tasks.flat()];
    const dates = ["3月6日", "3月20日", "4月2日"];
    for (const header of [(page: number) => `惠农区教育局 2025年${dates[page - 1]}`, (page: number) => `惠农区教育局 第${page}页`]) {
      const doc = await roundTrip({ format: "pdf", blocks: texts.map(paragraph) }, { header });
      expect(shape(doc), header(1)).toEqual(texts);
    }
  });

  it("starts a numbered item under a label line on a page of short lines, which is no full line there", async () => {
    // Tasks 1–9 fill page 1; page 2 opens with task 9's 完成时限, the widest line of a page that holds no wrapped text.
    const tasks = pagedTasks((n) => `完成时限：2025年${month(n)}月`).slice(0, 9);
    tasks[8]!.splice(-1, 1, "配合单位：区教研室", "完成时限：2025年6月底前完成校舍改造");
    const last = ["10.组建教育集团。", "责任单位：基础教育科", "完成时限：2025年9月"];
    const texts = ["惠农区教育局2025年工作要点", "一、重点任务", ...tasks.flat(), ...last];
    const doc = await roundTrip({ format: "pdf", blocks: texts.map(paragraph) });
    expect(doc.blocks.at(-3)).toMatchObject({ page: 2 });
    expect(shape(doc)).toEqual(texts);
    const parsed = parsePlanDocument(doc).sections[0]?.tasks ?? [];
    expect(parsed.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([parsed[8]?.deadline, parsed[9]?.title, parsed[9]?.deadline]).toEqual(["2025年6月底前完成校舍改造", "组建教育集团", "2025年9月"]);
  });

  it("keeps a field label that a wrap puts at the start of a line inside an open bracket in its paragraph", async () => {
    // 35 characters fit an indented first line: the break falls right after the （.
    const text = `${"加强校园安全管理".padEnd(33, "，严")}。（责任科室：安全办；完成时限：2025年6月）`;
    const doc = await roundTrip({ format: "pdf", blocks: [paragraph("学校安全工作要点"), paragraph("一、重点任务"), paragraph(text)] }, { header: "" });
    expect(shape(doc)).toEqual(["学校安全工作要点", "一、重点任务", text]);
  });

  it("continues a tall row that a page break cuts, and repeats merged cells on each row they cover", async () => {
    const tall = Array.from({ length: 6 }, (_, i) =>
      row(String(i + 1), `第${i + 1}项任务：${"完善课程体系，深化课堂教学改革，提高作业设计质量，".repeat(9)}`, "教研室", "年内"),
    );
    const merged: TableRow = { cells: [{ text: "7" }, { text: "建设智慧校园" }, { text: "教研室", merged: "above" }, { text: "年内" }] };
    const table: PlanDocument = {
      format: "pdf",
      blocks: [paragraph("课程改革任务分解表"), { kind: "table", rows: [header("序号", "任务", "责任单位", "时限"), ...tall, merged] }],
    };
    const doc = await roundTrip(table);
    expect(shape(doc)).toEqual(shape(table));
  });

  it("reads a PDF whose Chinese font is not embedded and has no ToUnicode (STSong-Light, UniGB-UCS2-H), bordered with thin rectangles", async () => {
    const doc = await roundTrip(plan, { font: "stsong", rulings: "rect", pageNumbers: "di" });
    expect(shape(doc)).toEqual(shape(plan));
  });

  it("reads a table drawn without borders by its aligned columns, a wrapped cell joined", async () => {
    const doc = await roundTrip(plan, { rulings: "none" });
    expect(shape(doc)).toEqual(shape(plan));
  });

  it("reads a borderless table whose header words wrap (序/号, 责/任/领导), over pages, rows broken across them", async () => {
    // Seven narrow columns: the header wraps, and a row cut by the page is carried on under the repeated header.
    const measures = (i: number) => `开展第${i}项专项工作，覆盖全区各中小学校和幼儿园，完成率达到${90 + (i % 10)}%以上，形成可推广的经验做法。`;
    const rows = [["序号", "工作任务", "具体措施", "责任领导", "牵头单位", "配合单位", "完成时限"]];
    for (let i = 1; i <= 16; i++)
      rows.push([String(i), `推进第${i}项重点工作`, measures(i), "马军", "安全办", "区公安分局、区市场监管局、区卫健局", "2025年12月"]);
    const source: PlanDocument = {
      format: "pdf",
      blocks: [
        paragraph("兴庆区教育局2025年重点工作任务分解表"),
        { kind: "table", rows: rows.map((cells, i) => (i === 0 ? header(...cells) : row(...cells))) },
      ],
    };
    const doc = await roundTrip(source, { rulings: "none" });
    expect(new Set(doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows.map((r) => r.page) : []))).size).toBeGreaterThan(1);
    const tasks = parsePlanDocument(doc).sections.flatMap((s) => s.tasks);
    expect(tasks.map((t) => [t.number, t.title, t.measures, t.leaders, t.units.map((u) => `${u.role}:${u.name}`)])).toEqual(
      rows
        .slice(1)
        .map((r, i) => [i + 1, r[1], [measures(i + 1)], ["马军"], ["lead:安全办", "cooperate:区公安分局", "cooperate:区市场监管局", "cooperate:区卫健局"]]),
    );
  });

  it("reads a page set in two columns down the left column, then down the right, a paragraph carried on over the gutter", async () => {
    const work = (n: number) => [
      `${n}.推进第${n}项重点工作。健全工作机制，加强督导检查，新增学位${100 * n}个，覆盖率达到${80 + n}%以上。`,
      `责任单位：${["学前教育股", "基础教育股", "人事股", "计财股"][n % 4]}`,
      `完成时限：2025年${(n % 12) + 1}月`,
    ];
    const texts = ["彭阳县教育体育局2025年工作要点", "2025年，全县教育工作坚持稳中求进工作总基调，全面推进教育高质量发展。"];
    for (let s = 0; s < 5; s++) texts.push(`${"一二三四五"[s]}、推进第${s + 1}方面工作`, ...[1, 2, 3, 4].flatMap((t) => work(s * 4 + t)));
    const doc = await roundTrip({ format: "pdf", blocks: texts.map(paragraph) }, { columns: 2 });
    expect(shape(doc)).toEqual(texts);
    expect(doc.blocks.at(-1)).toMatchObject({ page: 2 });
    const tasks = parsePlanDocument(doc).sections.flatMap((s) => s.tasks);
    expect(tasks.map((t) => [t.number, t.units.map((u) => u.name), t.deadline])).toEqual(
      Array.from({ length: 20 }, (_, i) => [i + 1, [work(i + 1)[1]!.slice(5)], work(i + 1)[2]!.slice(5)]),
    );
  });

  it("does not take a borderless two-column table whose cells wrap alike for a page in two columns", async () => {
    const cell = (i: number, word: string) => `第${i}项${word}：${"学校安全管理制度不健全，隐患排查不彻底，".repeat(3)}`;
    const rows = [header("问题", "整改措施"), ...Array.from({ length: 12 }, (_, i) => row(cell(i + 1, "问题"), cell(i + 1, "措施")))];
    const doc = await roundTrip({ format: "pdf", blocks: [{ kind: "table", rows }] }, { rulings: "none", header: "" });
    expect(doc.blocks.every((b) => b.kind === "table")).toBe(true);
    expect(doc.blocks[0]?.kind === "table" && doc.blocks[0].rows[0]?.cells.map((c) => c.text)).toEqual(["问题", "整改措施"]);
  });

  it("tells the user a scanned PDF has no text and what to upload instead", async () => {
    await expect(readPlanFile("扫描件.pdf", scannedPdf(3))).rejects.toThrow(new UserFacingError(PDF_MESSAGES.scanned));
    expect(PDF_MESSAGES.scanned).toMatch(/扫描件.*Word/);
  });

  it("asks for the open password to be removed from a protected PDF", async () => {
    const locked = pdfFromDocument(plan, { passwordProtected: true });
    await expect(readPlanFile("方案.pdf", locked)).rejects.toThrow(new UserFacingError(UNTRUSTED_FILE_MESSAGES.passwordProtected));
    expect(UNTRUSTED_FILE_MESSAGES.passwordProtected).toMatch(/密码/);
  });

  it("refuses garbage and a broken PDF in Chinese, without crashing", async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(readPlanFile("方案.pdf", garbage)).rejects.toThrow(new UserFacingError(PDF_MESSAGES.notPdf));
    const broken = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF");
    const outcome = await readPlanFile("方案.pdf", broken).catch((err: unknown) => err);
    expect(outcome).toBeInstanceOf(UserFacingError);
    expect([PDF_MESSAGES.unreadable, PDF_MESSAGES.scanned]).toContain((outcome as Error).message);
  });
});
