// A platform admin adds a catalogue definition with its first version.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import type { CreateDefinitionInput } from "./schemas";

export async function createDefinition(tx: Tx, input: CreateDefinitionInput) {
  const taken = await tx.indicatorDefinition.findUnique({ where: { code: input.code }, select: { id: true } });
  if (taken) throw new UserFacingError("该代码已被使用", { code: ["该代码已被使用"] });
  const synonyms = input.synonyms.filter((s) => s !== input.name);
  const created = await tx.indicatorDefinition
    .create({
      data: {
        code: input.code,
        name: input.name,
        synonyms,
        unit: input.unit,
        direction: input.direction,
        currentVersion: 1,
        versions: {
          create: { version: 1, definition: input.definition, unit: input.unit, effectiveFrom: new Date(`${input.effectiveFrom}T00:00:00Z`) },
        },
      },
      select: { id: true, code: true },
    })
    .catch((err: unknown) => {
      // Someone created the same code between the check and the insert.
      if ((err as { code?: string }).code === "P2002") throw new UserFacingError("该代码已被使用", { code: ["该代码已被使用"] });
      throw err;
    });
  return { definitionId: created.id, code: created.code, version: 1 };
}
