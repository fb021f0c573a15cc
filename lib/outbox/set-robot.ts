// Sets the bureau's or a unit's group robot of one kind (one per unit and
// kind). The URL must be an official robot endpoint (robot-url.ts); the audit
// trail records the change with the URL masked and never the secret.
import "server-only";
import type { z } from "zod";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { maskWebhookUrl } from "./mask";
import { NOTIFICATION_MESSAGES as M } from "./messages";
import { robotUrlProblem } from "./robot-url";
import { findRobot, robotOwnerName } from "./find-robot";
import type { setRobotSchema } from "./schemas";

export async function setRobot(tx: Tx, session: AuditActor, input: z.output<typeof setRobotSchema>): Promise<void> {
  const tenantId = session.tenant.tenantId;
  const problem = robotUrlProblem(input.kind, input.url);
  if (problem) throw new UserFacingError(problem, { url: [problem] });
  if (input.secret && input.kind !== "dingtalk") throw new UserFacingError(M.secretOnlyDingtalk, { secret: [M.secretOnlyDingtalk] });
  const owner = await robotOwnerName(tx, tenantId, input.orgUnitId);
  const existing = await findRobot(tx, tenantId, input.orgUnitId, input.kind);
  const secret = input.secret ?? existing?.secret ?? null;
  const robot = existing
    ? await tx.robotWebhook.update({ where: { id: existing.id }, data: { url: input.url, secret } })
    : await tx.robotWebhook.create({ data: { tenantId, orgUnitId: input.orgUnitId, kind: input.kind, url: input.url, secret } });
  await recordAudit(tx, session, {
    action: "robot.set",
    entityType: "robot_webhook",
    entityId: robot.id,
    before: existing ? { owner, kind: existing.kind, url: maskWebhookUrl(existing.url), signed: existing.secret !== null } : undefined,
    after: { owner, kind: robot.kind, url: maskWebhookUrl(robot.url), signed: robot.secret !== null },
  });
}
