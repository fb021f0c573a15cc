import type { SlipLevel } from "@/lib/generated/prisma/enums";
import { SLIP_LEVEL_LABELS, SLIP_LEVEL_SHORT_LABELS } from "@/lib/vocabulary";

const TONE: Record<SlipLevel, string> = {
  blue: "border-blue-300 bg-blue-50 text-blue-800",
  yellow: "border-amber-300 bg-amber-50 text-amber-800",
  red: "border-red-300 bg-red-50 text-red-800",
};

/** 蓝色 / 黄色 / 红色督办 as a coloured chip; `long` gives the full label with its meaning. */
export function SlipLevelBadge({ level, long = false }: { level: SlipLevel; long?: boolean }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[level]}`} data-testid="slip-level">
      {long ? SLIP_LEVEL_LABELS[level] : `${SLIP_LEVEL_SHORT_LABELS[level]}督办`}
    </span>
  );
}
