// The five seed documents published as PDF (one paragraph per line of the
// text file, wrapped onto A4 pages under a running header and page numbers)
// must parse as the text files do: paragraphs joined back across their
// wrapped lines and page breaks, the furniture gone.
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanText } from "@/lib/plans/parser";
import { pdfFromDocument } from "@/tests/support/pdf";
import { allTasks, readDocument, SEED_DOCUMENTS, userDigest } from "./load-document";

describe("a seed plan published as a .pdf", { timeout: 60_000 }, () => {
  for (const name of SEED_DOCUMENTS) {
    it(`${name}: the PDF parses as the text file does`, async () => {
      const text = readDocument(name);
      const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
      const pdf = pdfFromDocument(
        { format: "txt", blocks: lines.map((line) => ({ kind: "paragraph", text: line })) },
        { header: "教育局文件", pageNumbers: "emdash" },
      );
      const fromPdf = (await readPlanFile(name.replace(/\.txt$/, ".pdf"), pdf)).parsed;
      expect(allTasks(fromPdf).length).toBeGreaterThan(0);
      expect(userDigest(fromPdf)).toEqual(userDigest(parsePlanText(text)));
    });
  }
});
