import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { loadTenantForPlatform, recordTenantAudit } from "./load-tenant";

/** A new name for a city or bureau; its code (what URLs and commands use) stays. */
export async function renameTenant(tx: Tx, actorUserId: string | null, input: { tenantId: string; name: string }): Promise<void> {
  const tenant = await loadTenantForPlatform(tx, actorUserId, input.tenantId);
  if (tenant.name === input.name) return;
  await tx.tenant.update({ where: { id: tenant.id }, data: { name: input.name }, select: { id: true } });
  await recordTenantAudit(tx, actorUserId, tenant.id, "tenant.rename", { before: { name: tenant.name }, after: { name: input.name } });
}
