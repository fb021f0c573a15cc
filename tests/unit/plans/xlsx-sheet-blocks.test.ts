// Whatever a workbook holds — ragged rows, empty cells, merges that overlap,
// run backwards or reach past the sheet, formats no spreadsheet would write —
// turning the worker's sheets into blocks never throws, loses no text a
// person sees, keeps every table rectangular, and stays bounded.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellRange, PlainCellValue, WorkbookSheet } from "@/lib/files/parse-jobs";
import { cellText } from "@/lib/plans/import/xlsx/cell-text";
import { GridBudget, sheetGrid } from "@/lib/plans/import/xlsx/sheet-grid";
import { workbookDocument } from "@/lib/plans/import/xlsx/read-xlsx-plan";
import { documentText } from "@/lib/plans/parser";

const index = fc.integer({ min: -2, max: 14 });
const numFmt = fc.oneof(
  fc.constantFrom("General", "0%", "0.0%", "#,##0.00", 'yyyy"年"m"月"d"日"', "mm-dd-yy", 'yyyy"年"m"月"', "h:mm", "@", "[Red]0;;", '"x'),
  fc.string(),
);
const value: fc.Arbitrary<PlainCellValue> = fc.oneof(
  fc.string(),
  fc.constantFrom("一、总体要求", "区教育局\n区财政局", "  ", "_x000D_\r\n", ""),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
);
const cell = fc.record({ col: index, value, numFmt: fc.option(numFmt, { nil: undefined }) }, { requiredKeys: ["col", "value"] });
const range: fc.Arbitrary<CellRange> = fc.record({ top: index, left: index, bottom: index, right: index });
const sheet: fc.Arbitrary<WorkbookSheet> = fc.record({
  name: fc.oneof(fc.string(), fc.constantFrom("说明", "任务分解表", "填表说明")),
  hidden: fc.boolean(),
  rows: fc.array(fc.record({ row: index, cells: fc.array(cell, { maxLength: 8 }) }), { maxLength: 12 }),
  merges: fc.array(range, { maxLength: 6 }),
});

describe("sheets into blocks", () => {
  it("never throws, and every table is rectangular", () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
        const doc = workbookDocument(sheets);
        for (const block of doc.blocks) {
          if (block.kind !== "table") continue;
          const widths = new Set(block.rows.map((r) => r.cells.length));
          expect(widths.size).toBe(1);
          expect(block.rows.every((r) => r.cells.some((c) => !c.merged && c.text !== ""))).toBe(true);
        }
        expect(typeof documentText(doc)).toBe("string");
        expect(doc.notices ?? []).toHaveLength(sheets.filter((s) => s.hidden).length);
      }),
      { numRuns: 400 },
    );
  });

  it("loses no text a person sees outside merged areas", () => {
    const plainSheet = fc.record({
      name: fc.constant("任务"),
      hidden: fc.constant(false),
      rows: fc.array(
        fc.record({
          row: fc.integer({ min: 1, max: 9 }),
          cells: fc.array(fc.record({ col: fc.integer({ min: 1, max: 9 }), value: fc.string() }), { maxLength: 6 }),
        }),
        {
          maxLength: 10,
        },
      ),
      merges: fc.array(
        fc.record({
          top: fc.integer({ min: 1, max: 9 }),
          left: fc.integer({ min: 1, max: 9 }),
          bottom: fc.integer({ min: 1, max: 9 }),
          right: fc.integer({ min: 1, max: 9 }),
        }),
        {
          maxLength: 3,
        },
      ),
    });
    fc.assert(
      fc.property(plainSheet, (s: WorkbookSheet) => {
        const text = documentText(workbookDocument([s]));
        const inMerge = (row: number, col: number) => s.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
        // The first text written at a position is the one read (a position is written once in a real sheet).
        const seen = new Set<string>();
        for (const r of s.rows)
          for (const c of r.cells) {
            const key = `${r.row}:${c.col}`;
            if (seen.has(key)) continue;
            seen.add(key);
            if (inMerge(r.row, c.col)) continue;
            for (const line of cellText(c).split("\n")) expect(text).toContain(line);
          }
      }),
      { numRuns: 400 },
    );
  });

  it("renders any value in any format without throwing", () => {
    fc.assert(fc.property(value, fc.option(numFmt, { nil: undefined }), (v, f) => typeof cellText({ col: 1, value: v, numFmt: f }) === "string"));
  });
});

describe("the grid's bounds", () => {
  const cellsAt = (positions: [number, number][]): WorkbookSheet => ({
    name: "任务",
    hidden: false,
    rows: positions.map(([row, col]) => ({ row, cells: [{ col, value: `${row}:${col}` }] })),
    merges: [],
  });

  it("refuses a few cells spread over more positions than the limit", () => {
    expect(() =>
      sheetGrid(
        cellsAt([
          [1, 1],
          [2, 1],
          [3, 100],
        ]),
        new GridBudget(200),
      ),
    ).toThrow("表格内容过多");
    expect(
      sheetGrid(
        cellsAt([
          [1, 1],
          [2, 1],
          [3, 60],
        ]),
        new GridBudget(200),
      ),
    ).toHaveLength(3);
  });

  it("counts every sheet of a workbook against one limit", () => {
    const budget = new GridBudget(200);
    expect(
      sheetGrid(
        cellsAt([
          [1, 1],
          [2, 1],
          [3, 60],
        ]),
        budget,
      ),
    ).toHaveLength(3);
    expect(() =>
      sheetGrid(
        cellsAt([
          [1, 1],
          [2, 1],
          [3, 60],
        ]),
        budget,
      ),
    ).toThrow("表格内容过多");
  });

  it("bounds the work of overlapping merges that each claim the whole sheet", () => {
    // 10 × 10 positions fit; ten thousand merges over all of them do not.
    const s = cellsAt(Array.from({ length: 10 }, (_, i) => [i + 1, 10] as [number, number]).concat([[1, 1]]));
    s.merges = Array.from({ length: 10_000 }, () => ({ top: 1, left: 1, bottom: 1_000_000, right: 16_384 }));
    expect(() => sheetGrid(s, new GridBudget(1_000))).toThrow("表格内容过多");
    s.merges = s.merges.slice(0, 2);
    // Two fit: every text below the first row lies under the merge, so only its row is left.
    expect(sheetGrid(s, new GridBudget(1_000)).map((r) => r.cells.filter((c) => c.merged === "left").length)).toEqual([9]);
  });

  it("visits only the rows a merge spans, however many merges a sheet has", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [i + 1, 1] as [number, number]);
    const s = cellsAt(rows);
    s.merges = rows.map(([row]) => ({ top: row, left: 1, bottom: row, right: 1 }));
    const started = performance.now();
    expect(sheetGrid(s)).toHaveLength(50_000);
    // Visiting every kept row for each merge (quadratic) took ~10 s here; this takes well under 1 s.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("resolves a merge down and across: the origin's text, marked as covered from above or the left", () => {
    const s: WorkbookSheet = {
      name: "任务",
      hidden: false,
      rows: [
        {
          row: 1,
          cells: [
            { col: 1, value: "区教育局" },
            { col: 3, value: "任务一" },
          ],
        },
        { row: 2, cells: [{ col: 3, value: "任务二" }] },
      ],
      merges: [{ top: 1, left: 1, bottom: 2, right: 2 }],
    };
    expect(sheetGrid(s).map((r) => r.cells)).toEqual([
      [{ text: "区教育局" }, { text: "区教育局", merged: "left" }, { text: "任务一" }],
      [{ text: "区教育局", merged: "above" }, { text: "区教育局", merged: "above" }, { text: "任务二" }],
    ]);
  });
});
