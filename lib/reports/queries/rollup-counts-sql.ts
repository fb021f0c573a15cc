// The roll-up's three counts (已报 n / m，逾期 k) as SQL select items over a
// report_slots alias `s`: one definition for the group page and the task
// lists, with the statuses of slot-status.ts.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { REPORTED_SLOT_STATUSES } from "@/lib/reports/slot-status";
import { overdueSlotSql } from "./overdue-slot-sql";

export function rollupCountsSql(today: Date): Prisma.Sql {
  return Prisma.sql`count(*) FILTER (WHERE s.status::text = ANY(${REPORTED_SLOT_STATUSES}))::int AS reported,
      count(*)::int AS total,
      count(*) FILTER (WHERE ${overdueSlotSql(today)})::int AS overdue`;
}
