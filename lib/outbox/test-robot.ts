// 发送测试: one message to a configured robot now, outside the outbox, so the
// admin learns at once whether the URL (and 钉钉 secret) work. The robot is
// read in the tenant's transaction; the POST happens after it has ended.
import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { DeliveryError } from "./delivery-error";
import { findRobot, robotOwnerName } from "./find-robot";
import { NOTIFICATION_MESSAGES as M } from "./messages";
import type { robotRefSchema } from "./schemas";
import { sendRobotMessage, type RobotEndpoint } from "./send-robot";

export async function loadRobotForTest(tx: Tx, tenantId: string, input: z.output<typeof robotRefSchema>): Promise<RobotEndpoint> {
  await robotOwnerName(tx, tenantId, input.orgUnitId);
  const robot = await findRobot(tx, tenantId, input.orgUnitId, input.kind);
  if (!robot) throw new UserFacingError(M.notSet);
  return { kind: robot.kind, url: robot.url, secret: robot.secret };
}

/** null when the robot accepted the test message, else the channel's error in Chinese. */
export async function sendTestMessage(robot: RobotEndpoint): Promise<string | null> {
  try {
    await sendRobotMessage(robot, { title: M.testTitle, body: M.testBody, link: "/" });
    return null;
  } catch (err) {
    if (err instanceof DeliveryError) return err.message;
    throw err;
  }
}
