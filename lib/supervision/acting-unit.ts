// Which unit a 签收 or request is made for: a reporter acts only for their own
// unit (lib/reports/reporter-scope.ts); staff act on a unit's behalf and name it.
// The unit must be linked to the task (loaded by task, unit AND tenant).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { isUnitBound } from "@/lib/reports/reporter-scope";
import { SUPERVISION_MESSAGES as M } from "./messages";

export function actingUnitId(session: TenantSession, requested: string | undefined): string {
  if (isUnitBound(session)) {
    const own = session.tenant.orgUnitId;
    if (!own) throw new UserFacingError(M.noOwnUnit);
    if (requested && requested !== own) throw new UserFacingError(M.notOwnUnit);
    return own;
  }
  if (!requested) throw new UserFacingError(M.unitRequired, { orgUnitId: [M.unitRequired] });
  return requested;
}

/** The unit's links to the task (one per role), with the unit's name; none → not found. */
export async function loadTaskLinks(tx: Tx, tenantId: string, taskId: string, orgUnitId: string) {
  const links = await tx.taskUnit.findMany({
    where: { tenantId, taskId, orgUnitId },
    select: { role: true, assignedAt: true, acknowledgedAt: true, orgUnit: { select: { name: true } } },
  });
  if (links.length === 0) throw new NotFoundError(M.unitNotLinked);
  return { unitName: links[0]!.orgUnit.name, links };
}
