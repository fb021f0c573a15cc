// Whatever program made a PDF, the layout step (text runs and ruling lines →
// blocks) must return a document, never throw: arbitrary runs on arbitrary
// pages, overlapping, empty, rotated-looking sizes, stray and degenerate lines.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PdfItems } from "@/lib/files/parse-jobs";
import { pdfDocument } from "@/lib/plans/readers/pdf-layout";

const coordinate = fc.oneof(fc.double({ min: -50, max: 900, noNaN: true }), fc.constantFrom(0, 72, 100.5, 300, 523.28, 770));
const page = fc.integer({ min: 1, max: 4 });

const item = fc.record({
  page,
  x: coordinate,
  y: coordinate,
  width: fc.oneof(fc.double({ min: 0, max: 500, noNaN: true }), fc.constant(0)),
  height: fc.double({ min: 0, max: 40, noNaN: true }),
  size: fc.oneof(fc.double({ min: 0, max: 40, noNaN: true }), fc.constantFrom(10.5, 12, 16)),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("序号", "- 1 -", "第2页", "1/3", "贺兰县教育体育局", "", " ")),
});

/** Table borders: mostly on a shared grid so that tables form, some degenerate. */
const grid = fc.constantFrom(72, 120, 300, 523.28, 400, 600, 700, 760);
const ruling = fc.oneof(
  fc.record({ page, x1: grid, x2: grid, y: grid }).map(({ page, x1, x2, y }) => ({ page, x1: Math.min(x1, x2), x2: Math.max(x1, x2), y1: y, y2: y })),
  fc.record({ page, y1: grid, y2: grid, x: grid }).map(({ page, y1, y2, x }) => ({ page, x1: x, x2: x, y1: Math.min(y1, y2), y2: Math.max(y1, y2) })),
  fc.record({ page, x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }),
);

const pdf: fc.Arbitrary<PdfItems> = fc.record({
  pages: fc.array(fc.record({ width: fc.constant(595.28), height: fc.oneof(fc.constant(841.89), fc.constant(0)) }), { minLength: 0, maxLength: 4 }),
  items: fc.array(item, { maxLength: 80 }),
  rulings: fc.array(ruling, { maxLength: 40 }),
});

describe("PDF layout", () => {
  it("never throws and keeps every block well formed, whatever runs and lines it is given", () => {
    fc.assert(
      fc.property(pdf, (data) => {
        const doc = pdfDocument(data);
        expect(doc.format).toBe("pdf");
        for (const block of doc.blocks) {
          if (block.kind === "paragraph") expect(typeof block.text).toBe("string");
          else for (const row of block.rows) for (const cell of row.cells) expect(typeof cell.text).toBe("string");
        }
      }),
      { numRuns: 400 },
    );
  });
});
