// Chinese labels and small formatters for the reporting UI; safe in client components.
import type { SlotStatus } from "@/lib/generated/prisma/enums";

export { EVENT_ACTION_LABELS, REPORT_STATUS_LABELS, SLOT_STATUS_LABELS } from "@/lib/reports/labels";

export const STATUS_STYLES: Record<SlotStatus, string> = {
  open: "bg-slate-100 text-slate-700",
  draft: "bg-blue-50 text-blue-700",
  submitted: "bg-amber-50 text-amber-800",
  returned: "bg-red-50 text-red-700",
  approved: "bg-green-50 text-green-700",
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// Server and browser may sit in different zones; the bureaus read Beijing time.
export function formatDateTime(date: Date | string): string {
  return new Date(date).toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
}

export function formatClock(date: Date | string): string {
  return new Date(date).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });
}

export const attachmentHref = (id: string) => `/api/v1/attachments/${id}`;
