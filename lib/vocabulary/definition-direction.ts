// Which way is better for a catalogue definition (口径): two of the comparators, named as a direction.
import type { Comparator } from "@/lib/generated/prisma/enums";

export const DEFINITION_DIRECTIONS = ["gte", "lte"] as const satisfies readonly Comparator[];

export type DefinitionDirection = (typeof DEFINITION_DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<DefinitionDirection, string> = {
  gte: "越高越好",
  lte: "越低越好",
};
