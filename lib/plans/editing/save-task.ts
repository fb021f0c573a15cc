import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SaveTaskInput } from "./schemas";
import { setTaskLeaders } from "./set-task-leaders";
import { setTaskMeasures } from "./set-task-measures";
import { setTaskUnits } from "./set-task-units";
import { updateTask } from "./update-task";

/**
 * The task edit form saves as one unit: the version check comes first, so a
 * stale form changes nothing at all (the action's transaction rolls back).
 */
export async function saveTask(tx: Tx, session: TenantSession, input: SaveTaskInput) {
  const { measures, leaders, units, ...fields } = input;
  // updateTask loads the task by id and tenant (or throws); the setters reuse it.
  const result = await updateTask(tx, session, fields);
  const task = { id: input.taskId };
  await setTaskMeasures(tx, session, task, { measures });
  await setTaskLeaders(tx, session, task, { leaders });
  await setTaskUnits(tx, session, task, { units });
  return result;
}
