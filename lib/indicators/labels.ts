import type { Comparator, MappingState } from "@/lib/generated/prisma/enums";

export const MAPPING_STATES = ["unmapped", "suggested", "confirmed"] as const satisfies readonly MappingState[];

export const MAPPING_STATE_LABELS: Record<MappingState, string> = {
  unmapped: "未对应",
  suggested: "待确认",
  confirmed: "已确认",
};

/** Catalogue definitions only say which way is better. */
export const DEFINITION_DIRECTIONS = ["gte", "lte"] as const satisfies readonly Comparator[];

export const DIRECTION_LABELS: Record<(typeof DEFINITION_DIRECTIONS)[number], string> = {
  gte: "越高越好",
  lte: "越低越好",
};
