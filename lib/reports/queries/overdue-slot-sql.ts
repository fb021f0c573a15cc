// Overdue as on the dashboard (slot-status.ts: unsubmitted and due before
// today, China time) as a SQL condition over a report_slots alias `s`, for raw
// queries that count in the database. The Prisma twin is overdueSlotWhere.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { UNSUBMITTED_SLOT_STATUSES } from "@/lib/reports/slot-status";

export function overdueSlotSql(today: Date): Prisma.Sql {
  return Prisma.sql`(s.status::text = ANY(${UNSUBMITTED_SLOT_STATUSES}) AND s.due_on < ${today}::date)`;
}
