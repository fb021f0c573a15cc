// The one SQL definition of a slot's standing in a bulletin, shared by the
// plan's and the city's. Over report_slots aliased `sl` LEFT JOINed to its
// report `r`:
// - submitted on time: the report stands submitted or approved, and the China
//   calendar date of its last submission (submitted_at, which a resubmission
//   after 退回 moves) is on or before the slot's due_on. Submitted on the due
//   date (even 23:59 Beijing time) counts; the next day does not. A returned
//   report is back with the unit and counts as not submitted;
// - overdue: not submitted (open, draft, returned) and due before today — the
//   same rule as the dashboard's and the briefing's overdue slots.
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/dashboard/dates";

export const ON_TIME_SLOT = Prisma.sql`(sl.status IN ('submitted', 'approved') AND r.submitted_at IS NOT NULL
  AND (r.submitted_at AT TIME ZONE 'Asia/Shanghai')::date <= sl.due_on)`;

export function overdueSlot(today: Date): Prisma.Sql {
  return Prisma.sql`(sl.status IN ('open', 'draft', 'returned') AND sl.due_on < ${isoDay(today)}::date)`;
}

/** A task that counts as completed in a bulletin's 完成率: 已完成, or 销号. */
export const DONE_TASK = Prisma.sql`(t.status = 'completed' OR t.closed_at IS NOT NULL)`;
