import type { SlotStatus } from "@/lib/generated/prisma/enums";
import { SLOT_STATUS_LABELS, STATUS_STYLES } from "./labels";

export function SlotStatusBadge({ status, overdue }: { status: SlotStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex shrink-0 items-center gap-1" data-testid="slot-status">
      <span className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${STATUS_STYLES[status]}`}>{SLOT_STATUS_LABELS[status]}</span>
      {overdue && <span className="rounded bg-red-600 px-1.5 py-0.5 text-xs whitespace-nowrap text-white">逾期</span>}
    </span>
  );
}
