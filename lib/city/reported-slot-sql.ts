// Which report slots an on-time share counts, over report_slots aliased `sl`
// LEFT JOINed to its report `r`: those whose due date has passed, and those
// already submitted on time before it (an early report is a good mark, not a
// missing one). A slot due later and not yet submitted is not yet judged.
// "On time" itself is the bulletins' one definition (ON_TIME_SLOT).
import "server-only";
import { isoDay } from "@/lib/dashboard/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { ON_TIME_SLOT } from "@/lib/bulletin/on-time";

export function judgedSlotSql(today: Date): Prisma.Sql {
  return Prisma.sql`(sl.due_on < ${isoDay(today)}::date OR ${ON_TIME_SLOT})`;
}
