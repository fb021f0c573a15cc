// Any document written as Word writes it reads back as itself: paragraphs
// (line breaks, markup characters, runs split anywhere), and tables of any
// shape — ragged rows, empty cells, header rows, merges in every direction,
// including merges Word could not have made (a cell "merged above" on the
// first row), which read as a plain empty cell rather than throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDocxBlocks } from "@/lib/files/docx-reader.mjs";
import { MAX_DOCUMENT_CHARS, type DocxRow } from "@/lib/files/parse-jobs";
import { docxDocument } from "@/lib/plans/import/docx-document";
import { documentText, type PlanDocument, type TableCell, type TableRow } from "@/lib/plans/parser/blocks";
import { docxFromDocument } from "@/tests/support/docx";

const read = async (bytes: Uint8Array) => docxDocument(await readDocxBlocks(bytes, { maxChars: MAX_DOCUMENT_CHARS }));

const text = fc.string({ unit: fc.constantFrom(..."教育局一二三（）、，。：;1aA &<>\"' \n"), maxLength: 16 });
const cell: fc.Arbitrary<TableCell> = fc.record(
  { text, merged: fc.option(fc.constantFrom("above" as const, "left" as const), { nil: undefined }) },
  { requiredKeys: ["text"] },
);
const row: fc.Arbitrary<TableRow> = fc.record(
  { cells: fc.array(cell, { maxLength: 5 }), header: fc.option(fc.constant(true), { nil: undefined }) },
  { requiredKeys: ["cells"] },
);
const block = fc.oneof(
  fc.record({ kind: fc.constant("paragraph" as const), text }),
  fc.record({ kind: fc.constant("table" as const), rows: fc.array(row, { maxLength: 6 }) }),
);
const planDocument: fc.Arbitrary<PlanDocument> = fc.record({ format: fc.constant("docx" as const), blocks: fc.array(block, { maxLength: 6 }) });

/** Line breaks at either end of a paragraph or cell carry no text in Word. */
const trimLines = (t: string) => t.replace(/^\n+|\n+$/g, "");

/**
 * What Word means by the document: a position merged left repeats the one
 * before it, one merged above repeats the one above (and with nothing above
 * is an empty cell of its own: Word leaves a continued cell empty).
 */
function asWordReadsIt(doc: PlanDocument): PlanDocument {
  return {
    format: "docx",
    blocks: doc.blocks.map((b) => {
      if (b.kind === "paragraph") return { kind: "paragraph", text: trimLines(b.text) };
      const rows: TableRow[] = [];
      for (const r of b.rows) {
        const cells: TableCell[] = [];
        r.cells.forEach((c, i) => {
          const origin = c.merged === "left" ? cells[i - 1] : c.merged === "above" ? rows.at(-1)?.cells[i] : undefined;
          if (c.merged === "above" && !origin) cells.push({ text: "" });
          else cells.push(origin ? { text: origin.text, merged: c.merged } : { text: trimLines(c.text) });
        });
        rows.push({ cells, ...(r.header && { header: true }) });
      }
      return { kind: "table", rows };
    }),
  };
}

describe("any document through Word and back", () => {
  it("reads back as Word means it, whatever the runs", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(planDocument, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), async (doc, runLength) => {
        const word = await read(await docxFromDocument(doc, { runLength }));
        expect(word).toEqual(asWordReadsIt(doc));
        expect(typeof documentText(word)).toBe("string");
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on cells as a damaged file may declare them (spans, merges, offsets out of range)", () => {
    const rawCell = fc.record(
      {
        text,
        span: fc.integer({ min: 1, max: 64 }),
        vMerge: fc.option(fc.constantFrom("restart" as const, "continue" as const), { nil: undefined }),
        hMerge: fc.option(fc.constantFrom("restart" as const, "continue" as const), { nil: undefined }),
      },
      { requiredKeys: ["text", "span"] },
    );
    const rawRow: fc.Arbitrary<DocxRow> = fc.record({
      cells: fc.array(rawCell, { maxLength: 6 }),
      header: fc.boolean(),
      gridBefore: fc.integer({ min: 0, max: 63 }),
    });
    fc.assert(
      fc.property(fc.array(rawRow, { maxLength: 8 }), (rows) => {
        const [table] = docxDocument([{ kind: "table", rows }]).blocks;
        if (table?.kind !== "table") throw new Error("a table must stay a table");
        table.rows.forEach((r, i) => {
          const raw = rows[i]!;
          expect(r.cells).toHaveLength(raw.gridBefore + raw.cells.reduce((n, c) => n + c.span, 0));
          for (const c of r.cells) expect(typeof c.text).toBe("string");
        });
      }),
    );
  });
});
