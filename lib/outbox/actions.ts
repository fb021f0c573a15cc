"use server";
// /admin/notifications (bureau admins: notifications:manage): set or clear
// the bureau's and each unit's group robots, and 发送测试.
import { revalidatePath } from "next/cache";
import { formAction, tenantAction, type ActionResult } from "@/lib/auth/action";
import { clearRobot } from "./clear-robot";
import { NOTIFICATION_MESSAGES as M } from "./messages";
import { robotRefSchema, setRobotSchema } from "./schemas";
import { setRobot } from "./set-robot";
import { loadRobotForTest, sendTestMessage } from "./test-robot";

const manage = { permission: "notifications:manage" } as const;

const refreshed = (message: string) => () => {
  revalidatePath("/admin/notifications");
  return message;
};

export const setRobotAction = formAction(
  tenantAction({ ...manage, schema: setRobotSchema }, ({ tx, session, input }) => setRobot(tx, session, input)),
  refreshed(M.saved),
);

export const clearRobotAction = formAction(
  tenantAction({ ...manage, schema: robotRefSchema }, ({ tx, session, input }) => clearRobot(tx, session, input)),
  refreshed(M.cleared),
);

const loadForTest = tenantAction({ ...manage, schema: robotRefSchema }, ({ tx, session, input }) => loadRobotForTest(tx, session.tenant.tenantId, input));

/** Sends after the robot was read (and the transaction ended): the answer is the channel's. */
export async function testRobotAction(_previous: unknown, input: unknown): Promise<ActionResult> {
  const loaded = await loadForTest(input);
  if (!loaded.ok) return loaded;
  const problem = await sendTestMessage(loaded.data);
  return problem === null ? { ok: true, data: undefined, message: M.testSent } : { ok: false, message: M.testFailed(problem) };
}
