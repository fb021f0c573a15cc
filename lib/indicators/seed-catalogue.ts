// Writes the starting catalogue (starting-catalogue.ts) on every start, and
// into the demo and benchmark databases: missing entries only.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CATALOGUE_EFFECTIVE_FROM, INDICATOR_CATALOGUE } from "./starting-catalogue";

export interface CatalogueSeedSummary {
  created: number;
  existing: number;
}

/**
 * Creates the catalogue entries that are missing, each with version 1.
 * Existing codes are left exactly as they are: a platform admin may have
 * revised the text since, and re-seeding must never undo that.
 */
export async function seedIndicatorCatalogue(db: PrismaClient): Promise<CatalogueSeedSummary> {
  const summary: CatalogueSeedSummary = { created: 0, existing: 0 };
  const effectiveFrom = new Date(`${CATALOGUE_EFFECTIVE_FROM}T00:00:00Z`);
  for (const entry of INDICATOR_CATALOGUE) {
    const existing = await db.indicatorDefinition.findUnique({ where: { code: entry.code }, select: { id: true } });
    if (existing) {
      summary.existing++;
      continue;
    }
    try {
      await db.indicatorDefinition.create({
        data: {
          code: entry.code,
          name: entry.name,
          synonyms: entry.synonyms,
          unit: entry.unit,
          direction: entry.direction,
          currentVersion: 1,
          versions: { create: { version: 1, definition: entry.definition, unit: entry.unit, effectiveFrom } },
        },
      });
      summary.created++;
    } catch (err) {
      // Two seeds racing (two instances starting at once): the other one created it.
      if ((err as { code?: string }).code !== "P2002") throw err;
      summary.existing++;
    }
  }
  return summary;
}
