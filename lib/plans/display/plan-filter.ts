// The plan page's task filter as URL parameters (leader, unit, section, q):
// shared by the plan page and the ledger, so a filtered view exports itself.
import { z } from "zod";
import { firstParam } from "@/lib/pagination";

const optionalId = z.uuid().optional().catch(undefined);
const filterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  leader: optionalId,
  unit: optionalId,
  section: optionalId,
});

export type PlanFilter = z.infer<typeof filterSchema>;

export function parsePlanFilter(raw: Record<string, string | string[] | undefined>): PlanFilter {
  return filterSchema.parse({
    q: firstParam(raw.q) || undefined,
    leader: firstParam(raw.leader) || undefined,
    unit: firstParam(raw.unit) || undefined,
    section: firstParam(raw.section) || undefined,
  });
}
