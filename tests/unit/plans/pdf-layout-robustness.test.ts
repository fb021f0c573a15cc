// A PDF from a bureau we have never seen may be hostile: thousands of pages,
// or one paragraph running over hundreds of them. The layout step (text runs →
// blocks) must stay linear in them, or one upload holds the server. The runs
// are built here as the worker would report them (pdf-layout-property.test.ts
// does the same), since writing a PDF of thousands of pages in a test is slow.
// Each bound is about ten times what the input takes on an idle machine, and
// far below what the quadratic code took (noted per case), so a loaded CI
// machine does not fail them and a regression does.
import { describe, expect, it } from "vitest";
import type { PdfItems, PdfTextItem } from "@/lib/files/parse-jobs";
import { furnitureLines } from "@/lib/plans/readers/pdf-furniture";
import { pdfDocument } from "@/lib/plans/readers/pdf-layout";
import type { Line } from "@/lib/plans/readers/pdf-lines";

const A4 = { width: 595.28, height: 841.89 };
const SIZE = 12;

/** The runs of `pages` pages, each holding the lines `linesOf(page)` gives, one run per line, top to bottom. */
function pdf(pages: number, linesOf: (page: number) => { x: number; chars: number; text: string }[], leading = 22): PdfItems {
  const items: PdfTextItem[] = [];
  for (let page = 1; page <= pages; page++) {
    linesOf(page).forEach(({ x, chars, text }, k) => {
      items.push({ page, x, y: 740 - k * leading, width: chars * SIZE, height: SIZE, size: SIZE, text });
    });
  }
  return { pages: Array.from({ length: pages }, () => A4), items, rulings: [] };
}

const paragraphs = (doc: ReturnType<typeof pdfDocument>) => doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

describe("PDF layout of a hostile document", { timeout: 60_000 }, () => {
  it("stays fast on thousands of pages of short lines, each of which takes the document's right edge", () => {
    // 3000 pages × 29 one-line items (~1 million characters). Each such page once copied and sorted every
    // line's vote for the edge again: 2000 pages took 14 s, these 3000 about 30 s. Now about 1 s.
    const item = (page: number, k: number) => `${k + 1}.推进第${page}页第${k + 1}项工作。`;
    const data = pdf(3000, (page) => Array.from({ length: 29 }, (_, k) => ({ x: 96, chars: item(page, k).length, text: item(page, k) })));
    const started = Date.now();
    const doc = pdfDocument(data);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(paragraphs(doc)).toHaveLength(3000 * 29);
    expect(paragraphs(doc)[29]).toBe(item(2, 0));
  });

  it("stays fast on a paragraph over hundreds of pages, of field label lines inside an open bracket or of lines without one", () => {
    // Each line once looked at the whole paragraph so far, for its last character and for an open bracket:
    // 9000 label lines (330 000 characters) took about 40 s, 29 000 plain lines over 1000 pages 34 s. Now 0.2 s each.
    const full = (text: string) => ({ x: 72, chars: 37, text });
    const label = "责任单位：县教育体育局基础教育股、各中小学校、幼儿园、教研室";
    const labels = (page: number) => Array.from({ length: 36 }, (_, k) => full(page === 1 && k === 0 ? `（${"推进".repeat(18)}` : label));
    const plain = (page: number) => Array.from({ length: 29 }, (_, k) => ({ x: 96, chars: 10, text: `${k + 1}.推进第${page}项工作` }));
    for (const data of [pdf(250, labels, 18), pdf(1000, plain)]) {
      const started = Date.now();
      const doc = pdfDocument(data);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(paragraphs(doc)).toEqual([data.items.map((item) => item.text).join("")]);
    }
  });

  it("stays fast finding a running header on tens of thousands of pages", () => {
    // A header, a dated line and a page number on each of 30 000 pages: each page's header once copied its
    // whole group of headers (about 80 s). Now about half a second.
    const line = (page: number, y: number, text: string): Line => ({ page, y, x: 72, right: 300, size: 10.5, text, spans: [], runs: [] });
    const pages = Array.from({ length: 30_000 }, (_, i) => ({
      height: A4.height,
      lines: [line(i + 1, 800, "贺兰县教育体育局"), line(i + 1, 780, `2025年${(i % 12) + 1}月`), line(i + 1, 700, "正文。"), line(i + 1, 40, `- ${i + 1} -`)],
    }));
    const started = Date.now();
    const dropped = furnitureLines(pages);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(pages.every((p) => dropped.has(p.lines[0]!) && dropped.has(p.lines[1]!) && !dropped.has(p.lines[2]!))).toBe(true);
  });

  it("stays fast on pages of lines of five thousand aligned runs each", () => {
    // Each line started a run of lines whose span starts were sorted again, each span was matched against
    // every one of 5 000 columns, and each gap was a gutter tried against every span: a hundred such lines
    // (two pages) took 20 s. A line of more spans than a table has columns is no row now, and such a page
    // no two-column page. 80 lines, 400 000 runs: as many as the extractor passes on (pdf-extract.mjs).
    const items: PdfTextItem[] = [];
    for (let row = 0; row < 80; row++)
      for (let k = 0; k < 5000; k++)
        items.push({
          page: 1 + Math.floor(row / 40),
          x: 72 + k * 40,
          y: 740 - (row % 40) * 14,
          width: SIZE,
          height: SIZE,
          size: SIZE,
          text: String.fromCharCode(0x4e00 + row),
        });
    const started = Date.now();
    const doc = pdfDocument({ pages: [A4, A4], items, rulings: [] });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(paragraphs(doc).join("").replace(/\s/g, "")).toHaveLength(400_000);
  });

  it("keeps a table whose next line is thousands of runs, and reads no table of more columns than any plan has", () => {
    const items: PdfTextItem[] = [];
    const run = (y: number, x: number, text: string) => items.push({ page: 1, x, y, width: text.length * SIZE, height: SIZE, size: SIZE, text });
    [
      ["序号", "任务", "责任单位"],
      ["1", "推进学前教育", "基教股"],
      ["2", "办好义务教育", "人事股"],
    ].forEach((row, r) => row.forEach((text, c) => run(740 - r * 16, 72 + c * 150, text)));
    for (let k = 0; k < 5000; k++) run(692, 72 + k * 40, "字");
    const table = pdfDocument({ pages: [A4], items, rulings: [] }).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["序号", "任务", "责任单位"],
      ["1", "推进学前教育", "基教股"],
      ["2", "办好义务教育", "人事股"],
    ]);

    // Four lines of 60 runs, two and two at staggered starts: 120 columns, each start on two lines.
    const wide: PdfTextItem[] = [];
    for (let line = 0; line < 4; line++)
      for (let k = 0; k < 60; k++)
        wide.push({ page: 1, x: 72 + (line >= 2 ? 20 : 0) + k * 40, y: 740 - line * 16, width: SIZE, height: SIZE, size: SIZE, text: "数" });
    expect(pdfDocument({ pages: [A4], items: wide, rulings: [] }).blocks.some((b) => b.kind === "table")).toBe(false);
  });

  it("stays fast on a table row whose cell is a hundred thousand runs of one character", () => {
    // Each run once read the end of the cell's text so far, which copies a string built by `+`:
    // these 150 000 runs took 139 s. Now about 0.4 s.
    const items: PdfTextItem[] = [];
    const cell = (y: number, column: number, text: string) =>
      items.push({ page: 1, x: 72 + column * 150, y, width: text.length * SIZE, height: SIZE, size: SIZE, text });
    const row = (y: number, texts: string[]) => texts.forEach((text, column) => cell(y, column, text));
    row(700, ["序号", "任务", "责任单位"]);
    row(684, ["1", "推进学前教育", "基教股"]);
    cell(668, 0, "2");
    for (let k = 0; k < 150_000; k++) cell(668, 1, "字");
    row(652, ["3", "办好义务教育", "人事股"]);
    const started = Date.now();
    const doc = pdfDocument({ pages: [A4], items, rulings: [] });
    expect(Date.now() - started).toBeLessThan(10_000);
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells.map((c) => c.text.length))).toEqual([
      [2, 2, 4],
      [1, 6, 3],
      [1, 150_000, 0],
      [1, 6, 3],
    ]);
  });
});
