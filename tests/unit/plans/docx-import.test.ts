// Bureaus send their plans as Word files. Each seed document, typed into a
// .docx one paragraph per line with its text split into several runs (as Word
// does), must read back through readPlanFile and parse exactly as the
// plain-text file does.
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument, parsePlanText } from "@/lib/plans/parser";
import { docxFromParagraphs } from "@/tests/support/docx";
import { allTasks, readDocument, SEED_DOCUMENTS, userDigest } from "./load-document";

/** Splits a line into up to three runs at fixed fractions, never inside a surrogate pair. */
function asRuns(line: string): string[] {
  const chars = [...line];
  if (chars.length < 6) return [line];
  const a = Math.floor(chars.length / 3);
  const b = Math.floor((2 * chars.length) / 3);
  return [chars.slice(0, a).join(""), chars.slice(a, b).join(""), chars.slice(b).join("")];
}

describe("a plan sent as a .docx", () => {
  for (const name of SEED_DOCUMENTS) {
    it(`${name}: the Word file parses as the text file does`, async () => {
      const text = readDocument(name);
      const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
      const docx = await docxFromParagraphs(lines.map(asRuns));
      const { document: extracted } = await readPlanFile(name.replace(/\.txt$/, ".docx"), docx);
      const fromWord = parsePlanDocument(extracted);
      const fromText = parsePlanText(text);
      expect(allTasks(fromWord).length).toBeGreaterThan(0);
      expect(userDigest(fromWord)).toEqual(userDigest(fromText));
    });
  }

  it("refuses a file named .docx that is not one, in Chinese", async () => {
    await expect(readPlanFile("规划.docx", new TextEncoder().encode("一、总体要求"))).rejects.toThrow("该文件不是有效的 .docx 文档");
    const word = await docxFromParagraphs(["一、总体要求"]);
    // Cut off mid-file, as an interrupted upload or copy leaves it.
    await expect(readPlanFile("规划.docx", word.slice(0, Math.floor(word.length / 2)))).rejects.toThrow("无法读取该 .docx 文档，请确认文件未损坏");
  });
});
