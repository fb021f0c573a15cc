import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { loadTenantForPlatform, recordTenantAudit } from "./load-tenant";
import { PLATFORM_MESSAGES } from "./messages";
import { resolveParentCity } from "./resolve-parent-city";

/**
 * A bureau moves under another city: from then on that city's viewers read it
 * (the city view lists children from the hierarchy on every request) and the
 * old city's no longer do.
 */
export async function moveTenant(tx: Tx, actorUserId: string | null, input: { tenantId: string; parentCode: string }): Promise<void> {
  const tenant = await loadTenantForPlatform(tx, actorUserId, input.tenantId);
  if (tenant.kind !== "bureau") throw new UserFacingError(PLATFORM_MESSAGES.onlyBureauMoves);
  const parentId = await resolveParentCity(tx, input.parentCode);
  if (parentId === tenant.parentId) return;
  const before = tenant.parentId ? await tx.tenant.findUnique({ where: { id: tenant.parentId }, select: { code: true } }) : null;
  await tx.tenant.update({ where: { id: tenant.id }, data: { parentId }, select: { id: true } });
  await recordTenantAudit(tx, actorUserId, tenant.id, "tenant.move", { before: { parentCode: before?.code ?? null }, after: { parentCode: input.parentCode } });
}
