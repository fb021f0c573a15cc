// The reporting statuses' shared rules, in one place for queries, jobs and
// pages alike (no server-only: client components read them too).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus, SlotStatus } from "@/lib/generated/prisma/enums";
import { todayInChina } from "./periods";

/** A slot nobody has submitted yet: open, a draft, or returned for changes. */
export const UNSUBMITTED_SLOT_STATUSES: SlotStatus[] = ["open", "draft", "returned"];

export const isUnsubmittedSlot = (status: SlotStatus) => UNSUBMITTED_SLOT_STATUSES.includes(status);

/**
 * Submitted after its due date, by the China calendar: the bulletins' rule
 * (ON_TIME_SLOT, lib/bulletin/on-time.ts) for one report, so a late report is
 * marked 逾期提交 where it is shown, not only counted in the 通报.
 */
export function submittedLate(submittedAt: Date | null | undefined, dueOn: Date): boolean {
  return submittedAt ? todayInChina(submittedAt).getTime() > dueOn.getTime() : false;
}

/** A slot whose unit has reported (已报): submitted, or approved since. */
export const REPORTED_SLOT_STATUSES: SlotStatus[] = ["submitted", "approved"];

export interface SlotRollup {
  reported: number;
  total: number;
  overdue: number;
}

/** A group's line (已报 n / m，逾期 k) from its members' slots; overdue as on the dashboard. */
export function rollUpSlots(slots: { status: SlotStatus; dueOn: Date }[], today: Date): SlotRollup {
  return {
    reported: slots.filter((s) => REPORTED_SLOT_STATUSES.includes(s.status)).length,
    total: slots.length,
    overdue: slots.filter((s) => isUnsubmittedSlot(s.status) && s.dueOn < today).length,
  };
}

/** A report its unit may still change: a draft, or returned for changes. */
export const EDITABLE_REPORT_STATUSES: ReportStatus[] = ["draft", "returned"];

export const isEditableReport = (status: ReportStatus) => EDITABLE_REPORT_STATUSES.includes(status);

/** Overdue as on the dashboard: unsubmitted and due before today (China time). */
export function overdueSlotWhere(today: Date): Prisma.ReportSlotWhereInput {
  return { dueOn: { lt: today }, status: { in: UNSUBMITTED_SLOT_STATUSES } };
}
