// A platform admin changes a definition's wording or unit. Old versions are
// never edited: actuals keep pointing at the version they were reported under,
// so the change is a new version and currentVersion moves on.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { ReviseDefinitionInput } from "./schemas";

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A revision made from an older version: the caller sees the one now in force. */
export class DefinitionVersionConflict extends ConflictError<{ currentVersion: number; definition: string | null; unit: string | null }> {}

export async function reviseDefinition(tx: Tx, input: ReviseDefinitionInput) {
  const definition = await tx.indicatorDefinition.findUnique({ where: { id: input.definitionId } });
  if (!definition) throw new NotFoundError("口径不存在");
  const latest = await tx.indicatorDefinitionVersion.findFirst({ where: { definitionId: definition.id }, orderBy: { version: "desc" } });
  if (definition.currentVersion !== input.expectedVersion || (latest && latest.version !== definition.currentVersion)) {
    throw new DefinitionVersionConflict(`该口径已被修订为第 ${definition.currentVersion} 版，您的修改未保存。请刷新后重试。`, {
      currentVersion: definition.currentVersion,
      definition: latest?.definition ?? null,
      unit: definition.unit,
    });
  }
  if (latest && latest.definition === input.definition && (latest.unit ?? null) === input.unit) {
    throw new UserFacingError("口径说明和单位都没有改变，无需新建版本");
  }
  const effectiveFrom = new Date(`${input.effectiveFrom}T00:00:00Z`);
  // Versions follow each other in time, or "the version in force on a date" becomes ambiguous.
  if (latest && effectiveFrom < latest.effectiveFrom) {
    const message = `生效日期不能早于第 ${latest.version} 版的生效日期（${isoDate(latest.effectiveFrom)}）`;
    throw new UserFacingError(message, { effectiveFrom: [message] });
  }
  const version = definition.currentVersion + 1;
  // Guarded on the version read above: of two simultaneous revisions, the second waits for the first and then matches nothing.
  const moved = await tx.indicatorDefinition.updateMany({
    where: { id: definition.id, currentVersion: definition.currentVersion },
    data: { currentVersion: version, unit: input.unit },
  });
  if (moved.count === 0) throw new ConflictError("该口径刚被他人修订，您的修改未保存。请刷新后重试。");
  await tx.indicatorDefinitionVersion.create({
    data: { definitionId: definition.id, version, definition: input.definition, unit: input.unit, effectiveFrom },
  });
  return { definitionId: definition.id, code: definition.code, version };
}
