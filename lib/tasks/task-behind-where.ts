// A task behind (滞后及逾期未报), the one definition for every list that says so:
// still open — neither completed nor 销号 (closed_at) — and either marked 滞后 or
// owing a report past its due date. Report slots are opened for every task of a
// plan, finished or not, so a finished task can still owe a report; that report
// is chased on the reporting pages, but the task is never listed as lagging.
import type { Prisma } from "@/lib/generated/prisma/client";
import { overdueSlotWhere } from "@/lib/reports/slot-status";

export function taskBehindWhere(today: Date): Prisma.TaskWhereInput {
  return {
    status: { not: "completed" },
    closedAt: null,
    OR: [{ status: "delayed" }, { slots: { some: overdueSlotWhere(today) } }],
  };
}
