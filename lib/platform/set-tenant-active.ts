import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { loadTenantForPlatform, recordTenantAudit } from "./load-tenant";
import { PLATFORM_MESSAGES } from "./messages";

/**
 * Deactivating keeps every row of the tenant; its memberships stop counting
 * (session_memberships and sign_in_credentials skip inactive tenants) and the
 * live sessions of its people end now, so nobody keeps working in it until
 * their cookie expires. A person who also belongs to another active tenant
 * signs in again into that one. Returns the new state and the count of sessions ended.
 */
export async function setTenantActive(
  tx: Tx,
  actorUserId: string | null,
  input: { tenantId: string; active: boolean },
): Promise<{ active: boolean; ended: number }> {
  const tenant = await loadTenantForPlatform(tx, actorUserId, input.tenantId);
  if (tenant.isActive === input.active) throw new UserFacingError(input.active ? PLATFORM_MESSAGES.alreadyActive : PLATFORM_MESSAGES.alreadyInactive);
  await tx.tenant.update({ where: { id: tenant.id }, data: { isActive: input.active }, select: { id: true } });
  let ended = 0;
  if (!input.active) {
    // auth_sessions policy tenant_member_sessions: this transaction's tenant's members.
    const members = await tx.membership.findMany({ where: { tenantId: tenant.id }, select: { userId: true } });
    const { count } = await tx.authSession.updateMany({
      where: { userId: { in: members.map((m) => m.userId) }, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    ended = count;
  }
  await recordTenantAudit(tx, actorUserId, tenant.id, input.active ? "tenant.activate" : "tenant.deactivate", {
    before: { isActive: tenant.isActive },
    after: { isActive: input.active },
  });
  return { active: input.active, ended };
}
