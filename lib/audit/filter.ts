// The audit page's filters, read from the URL by the page and by the export
// route alike, so the file holds exactly the rows the page lists. Unknown or
// malformed values are dropped (a hand-edited URL lists more, never errors).
import { z } from "zod";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "@/lib/vocabulary";

const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUndefined, schema.optional()).catch(undefined);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

export const auditFilterSchema = z.object({
  /** Who: part of a display name or username. */
  person: optional(z.string().trim().max(50)),
  action: optional(z.string().refine((a) => a in AUDIT_ACTION_LABELS)),
  entityType: optional(z.string().refine((t) => t in AUDIT_ENTITY_LABELS)),
  /** Which object: its id, or part of its title. */
  object: optional(z.string().trim().max(100)),
  /** China-time calendar days, both inclusive. */
  from: optional(isoDay),
  to: optional(isoDay),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filter as URL parameters (pager links, the export link). */
export function auditFilterParams(filter: AuditFilter): Record<string, string | undefined> {
  const { page: _page, ...rest } = filter;
  return rest;
}
