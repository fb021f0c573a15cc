import type { SlotStatus } from "@/lib/generated/prisma/enums";
import { SLOT_STATUS_LABELS } from "@/lib/vocabulary";

const STATUS_STYLES: Record<SlotStatus, string> = {
  open: "bg-slate-100 text-slate-700",
  draft: "bg-blue-50 text-blue-700",
  submitted: "bg-amber-50 text-amber-800",
  returned: "bg-red-50 text-red-700",
  approved: "bg-green-50 text-green-700",
};

export function SlotStatusBadge({ status, overdue }: { status: SlotStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex shrink-0 items-center gap-1" data-testid="slot-status">
      <span className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${STATUS_STYLES[status]}`}>{SLOT_STATUS_LABELS[status]}</span>
      {overdue && <span className="rounded bg-red-600 px-1.5 py-0.5 text-xs whitespace-nowrap text-white">逾期</span>}
    </span>
  );
}
