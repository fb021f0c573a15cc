// 催办 from a task's page: the reporters of every unit that still owes a
// report on it, under the one urging rule (lib/reports/urge-slots.ts).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { loadTask } from "@/lib/plans/editing/load";
import { urgeSlots } from "@/lib/reports/urge-slots";

export async function urgeTask(tx: Tx, session: TenantSession, input: { taskId: string; message: string }) {
  const task = await loadTask(tx, session.tenant.tenantId, input.taskId);
  const result = await urgeSlots(tx, session, { where: { taskId: task.id }, message: input.message });
  if (result.tasks === 0) throw new UserFacingError("该任务没有待填报的单位，或今天已经催办过");
  return result;
}
