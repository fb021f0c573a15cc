import type { MappingState } from "@/lib/generated/prisma/enums";
import { MAPPING_STATE_LABELS } from "@/lib/vocabulary";

const STYLES: Record<MappingState, string> = {
  unmapped: "bg-slate-100 text-slate-600",
  suggested: "bg-amber-50 text-amber-800",
  confirmed: "bg-green-50 text-green-700",
};

export function MappingBadge({ state }: { state: MappingState }) {
  return <span className={`inline-block shrink-0 rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${STYLES[state]}`}>{MAPPING_STATE_LABELS[state]}</span>;
}
