// The worker side of lib/files/isolated.ts: runs one parse job (named in
// lib/files/parse-jobs.ts) on the bytes it is sent and answers with plain
// data. Plain JavaScript that imports only node_modules packages and .mjs
// files beside it, so the same file runs under Next's server bundle (which
// bundles it as a worker entry), vitest and tsx. Its heap and time are bounded by the parent; a parser that
// throws is answered as "unreadable", one that exhausts the heap ends here.
import { parentPort } from "node:worker_threads";
import { JobRefusal } from "./job-refusal.mjs";
import { extractPdf, loadPdfjs } from "./pdf-extract.mjs";

/** An exceljs cell value as plain data: rich text joined, formulas by their cached result. */
function plain(value) {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return plain(value.result ?? null);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("error" in value) return String(value.error);
  if ("text" in value) return plain(value.text);
  return null;
}

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

  "pdf-items": {
    load: loadPdfjs,
    run: extractPdf,
  },
};

parentPort.once("message", async ({ job, bytes, limits }) => {
  let parser;
  try {
    parser = await JOBS[job].load();
  } catch (err) {
    // An unknown job or a missing package is the deployment's fault, not the file's.
    parentPort.postMessage({ ok: false, reason: "broken", detail: `cannot load the parser for ${job}: ${err?.message}` });
    return;
  }
  try {
    parentPort.postMessage({ ok: true, value: await JOBS[job].run(parser, bytes, limits) });
  } catch (err) {
    parentPort.postMessage({ ok: false, reason: err instanceof JobRefusal ? err.reason : "unreadable" });
  }
});
