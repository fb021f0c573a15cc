// The parse jobs (named and typed in parse-jobs.ts), each a loader for its
// parser and a run on the bytes. A worker entry (parse-worker.mjs, and the
// plan reader's lib/plans/import/plan-worker.ts) runs one job and answers with
// runParseJob's reply. Plain JavaScript that imports only node_modules
// packages and .mjs files beside it, so it runs under Next's server bundle,
// vitest and tsx alike. A parser that throws is answered as "unreadable"; one
// that exhausts the heap ends the worker, which its parent bounds.
import { JobRefusal } from "./job-refusal.mjs";
import { heicToJpeg, loadHeicCodecs } from "./heic-to-jpeg.mjs";
import { extractPdf, loadPdfjs } from "./pdf-extract.mjs";
import { loadExcelWithChineseFormats, plain, sheetOf } from "./xlsx-read.mjs";

const JOBS = {
  "docx-blocks": {
    load: () => import("./docx-reader.mjs"),
    run: ({ readDocxBlocks }, bytes, { maxChars }) => readDocxBlocks(bytes, { maxChars }),
  },

  "xlsx-cells": {
    load: () => import("exceljs"),
    async run({ default: ExcelJS }, bytes, { maxCells }) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes));
      let count = 0;
      return workbook.worksheets.map((sheet) => {
        const rows = [];
        sheet.eachRow((row, rowNumber) => {
          const cells = [];
          row.eachCell((cell, col) => {
            if (++count > maxCells) throw new JobRefusal("tooManyCells");
            const value = plain(cell.value);
            cells.push(typeof value === "number" && cell.numFmt ? { col, value, numFmt: cell.numFmt } : { col, value });
          });
          rows.push({ row: rowNumber, cells });
        });
        return { name: sheet.name, rows };
      });
    },
  },

  "xlsx-sheets": {
    load: loadExcelWithChineseFormats,
    async run(ExcelJS, bytes, { maxCells }) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes));
      let count = 0;
      const budget = {
        spend() {
          if (++count > maxCells) throw new JobRefusal("tooManyCells");
        },
      };
      return workbook.worksheets.map((sheet) => sheetOf(sheet, ExcelJS, budget));
    },
  },

  "pdf-items": {
    load: loadPdfjs,
    run: extractPdf,
  },

  "heic-jpeg": {
    load: loadHeicCodecs,
    run: (codecs, bytes, { heic }) => heicToJpeg(codecs, bytes, heic),
  },
};

/** Runs one job: the reply to post, and the buffers to move with it rather than copy. */
export async function runParseJob(job, bytes, limits) {
  let parser;
  try {
    parser = await JOBS[job].load();
  } catch (err) {
    // An unknown job or a missing package is the deployment's fault, not the file's.
    return { reply: { ok: false, reason: "broken", detail: `cannot load the parser for ${job}: ${err?.message}` }, transfer: [] };
  }
  try {
    const value = await JOBS[job].run(parser, bytes, limits);
    // A converted image's bytes are moved to the parent, not copied.
    return { reply: { ok: true, value }, transfer: value?.jpeg instanceof Uint8Array ? [value.jpeg.buffer] : [] };
  } catch (err) {
    return { reply: { ok: false, reason: err instanceof JobRefusal ? err.reason : "unreadable" }, transfer: [] };
  }
}
