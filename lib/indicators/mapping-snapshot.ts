import type { Tx } from "@/lib/db/tenant-scope";

interface MappingFields {
  definitionId: string | null;
  mappingState: string;
  tolerance: { toString(): string } | null;
}

/** An indicator's mapping as audit JSON: the definition by code too, so the trail reads without a join. */
export async function mappingSnapshot(tx: Tx, i: MappingFields) {
  const code = i.definitionId ? ((await tx.indicatorDefinition.findUnique({ where: { id: i.definitionId }, select: { code: true } }))?.code ?? null) : null;
  return { definitionId: i.definitionId, definitionCode: code, mappingState: i.mappingState, tolerance: i.tolerance?.toString() ?? null };
}
