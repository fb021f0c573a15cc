// Whether a plan's indicator is tied to a catalogue definition (口径), in the filter's order.
import type { MappingState } from "@/lib/generated/prisma/enums";

export const MAPPING_STATES = ["unmapped", "suggested", "confirmed"] as const satisfies readonly MappingState[];

export const MAPPING_STATE_LABELS: Record<MappingState, string> = {
  unmapped: "未对应",
  suggested: "待确认",
  confirmed: "已确认",
};
