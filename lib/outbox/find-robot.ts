// A robot by its owner (a unit of the tenant, or the bureau: null) and kind.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { RobotKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { NOTIFICATION_MESSAGES as M } from "./messages";

export function findRobot(tx: Tx, tenantId: string, orgUnitId: string | null, kind: RobotKind) {
  return tx.robotWebhook.findFirst({ where: { tenantId, orgUnitId, kind } });
}

/** The unit's name (loaded by id and tenant: another bureau's unit is a 404), or 本局. */
export async function robotOwnerName(tx: Tx, tenantId: string, orgUnitId: string | null): Promise<string> {
  if (orgUnitId === null) return M.bureau;
  const unit = await tx.orgUnit.findFirst({ where: { tenantId, id: orgUnitId }, select: { name: true } });
  if (!unit) throw new NotFoundError();
  return unit.name;
}
