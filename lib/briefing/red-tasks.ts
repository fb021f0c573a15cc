// The briefing's red tasks (亮灯 红灯: past due, not done) of one plan, in
// document order, with the lead and responsible units that answer for them.
// Judged by the one SQL rule (light-sql.ts), as every list and count.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { UnitRole } from "@/lib/generated/prisma/enums";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { taskIdsWithLight } from "@/lib/supervision/task-ids-with-light";

export interface RedTask {
  id: string;
  number: number;
  title: string;
  dueDate: Date;
  progress: number;
  units: { name: string; role: Extract<UnitRole, "lead" | "responsible"> }[];
}

export async function getRedTasks(tx: Tx, tenantId: string, planId: string, today: Date): Promise<RedTask[]> {
  const ids = await taskIdsWithLight(tx, tenantId, "red", today);
  const tasks = await tx.task.findMany({
    where: { tenantId, planId, id: { in: ids } },
    orderBy: { position: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      dueDate: true,
      progress: true,
      units: { where: { role: { in: ["lead", "responsible"] } }, select: { role: true, orgUnit: { select: { name: true } } } },
    },
  });
  return tasks.map((t) => ({
    ...t,
    dueDate: t.dueDate!,
    units: sortUnits(t.units).map((u) => ({ name: u.orgUnit.name, role: u.role as RedTask["units"][number]["role"] })),
  }));
}
