// Plan.planText is JSON written by the importer (and possibly by the editor);
// read it defensively so an odd row never breaks the plan page.
import { z } from "zod";

const blockSchema = z.object({ title: z.string().catch(""), text: z.string().catch(""), line: z.number().nullish().catch(null) });
const warningSchema = z.object({ line: z.number().catch(0), message: z.string() });

const planTextSchema = z.object({
  preamble: z.string().nullish().catch(null),
  issuer: z.string().nullish().catch(null),
  issueDate: z.string().nullish().catch(null),
  blocks: z.array(z.unknown()).catch([]),
  warnings: z.array(z.unknown()).catch([]),
});

export interface PlanTextView {
  preamble: string | null;
  issuer: string | null;
  issueDate: string | null;
  blocks: { title: string; text: string; line: number | null }[];
  warnings: { line: number; message: string }[];
}

export function readPlanText(value: unknown): PlanTextView {
  const parsed = planTextSchema.safeParse(value ?? {});
  if (!parsed.success) return { preamble: null, issuer: null, issueDate: null, blocks: [], warnings: [] };
  const keep = <T>(schema: z.ZodType<T>, items: unknown[]) =>
    items.flatMap((i) => {
      const r = schema.safeParse(i);
      return r.success ? [r.data] : [];
    });
  return {
    preamble: parsed.data.preamble?.trim() || null,
    issuer: parsed.data.issuer ?? null,
    issueDate: parsed.data.issueDate ?? null,
    blocks: keep(blockSchema, parsed.data.blocks).map((b) => ({ title: b.title, text: b.text, line: b.line ?? null })),
    warnings: keep(warningSchema, parsed.data.warnings),
  };
}
