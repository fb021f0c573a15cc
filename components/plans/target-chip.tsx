import type { Comparator } from "@/lib/generated/prisma/enums";
import { formatTarget, type NumberLike } from "@/lib/format";

export interface TargetChipData {
  id: string;
  name: string;
  unit: string | null;
  comparator: Comparator;
  targetValue: NumberLike;
  targetMax: NumberLike;
  targetYear: number | null;
}

export function TargetChip({ target }: { target: TargetChipData }) {
  return (
    <span
      title={target.name}
      className="inline-flex max-w-full items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800 ring-1 ring-inset ring-emerald-100"
    >
      <span className="truncate">{target.name}</span>
      <span className="shrink-0 font-medium tabular-nums">
        {formatTarget(target)}
        {target.targetYear ? ` · ${target.targetYear}` : ""}
      </span>
    </span>
  );
}
