// Removes a robot; its unit's messages then go to the bureau's (or the
// deployment's) robot. Messages already queued for it fail with a reason.
import "server-only";
import type { z } from "zod";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { maskWebhookUrl } from "./mask";
import { NOTIFICATION_MESSAGES as M } from "./messages";
import { findRobot, robotOwnerName } from "./find-robot";
import type { robotRefSchema } from "./schemas";

export async function clearRobot(tx: Tx, session: AuditActor, input: z.output<typeof robotRefSchema>): Promise<void> {
  const tenantId = session.tenant.tenantId;
  const owner = await robotOwnerName(tx, tenantId, input.orgUnitId);
  const robot = await findRobot(tx, tenantId, input.orgUnitId, input.kind);
  if (!robot) throw new UserFacingError(M.notSet);
  await tx.robotWebhook.deleteMany({ where: { tenantId, id: robot.id } });
  await recordAudit(tx, session, {
    action: "robot.clear",
    entityType: "robot_webhook",
    entityId: robot.id,
    before: { owner, kind: robot.kind, url: maskWebhookUrl(robot.url), signed: robot.secret !== null },
  });
}
