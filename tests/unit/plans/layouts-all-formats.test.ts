// The golden table layouts (tests/support/plan-layouts) as bureaus send them:
// each written as a real .docx, .xlsx and .pdf by the tests' own writers, read
// back by the product's readers and parsed, must read as the same figures as
// the format-neutral document. Never special-cased: one loop over layouts and
// formats.
import { describe, expect, it } from "vitest";
import { readPlanFile } from "@/lib/plans/import/read-document";
import type { PlanDocument } from "@/lib/plans/parser";
import { docxFromDocument } from "@/tests/support/docx";
import { pdfFromDocument } from "@/tests/support/pdf";
import { PLAN_LAYOUTS } from "@/tests/support/plan-layouts";
import { layoutDigest } from "@/tests/support/plan-layouts/digest";
import { xlsxFromDocument } from "@/tests/support/xlsx-plan";

const WRITERS: Record<"docx" | "xlsx" | "pdf", (doc: PlanDocument) => Promise<Uint8Array> | Uint8Array> = {
  docx: (doc) => docxFromDocument(doc),
  xlsx: (doc) => xlsxFromDocument(doc),
  pdf: (doc) => pdfFromDocument(doc),
};

describe.each(Object.keys(WRITERS) as (keyof typeof WRITERS)[])("golden layouts as .%s", (format) => {
  it.each(PLAN_LAYOUTS.map((l) => [l.name, l] as const))("%s", async (_name, layout) => {
    const bytes = await WRITERS[format](layout.document);
    const parsed = (await readPlanFile(`${layout.name}.${format}`, bytes)).parsed;
    expect(layoutDigest(parsed)).toEqual(layout.expected);
  });
});
