// A platform admin's write to one tenant starts here: the transaction is
// scoped to the admin and that tenant (scopePlatformTransaction), then the row
// is loaded; an unknown id is a 404 like everywhere else.
import "server-only";
import { scopePlatformTransaction, type Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { PLATFORM_MESSAGES } from "./messages";

export async function loadTenantForPlatform(tx: Tx, actorUserId: string | null, tenantId: string) {
  await scopePlatformTransaction(tx, { userId: actorUserId, tenantId });
  const tenant = await tx.tenant.findUnique({ where: { id: tenantId } });
  if (!tenant) throw new NotFoundError(PLATFORM_MESSAGES.tenantNotFound);
  return tenant;
}

export async function recordTenantAudit(
  tx: Tx,
  actorUserId: string | null,
  tenantId: string,
  action: string,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown> },
): Promise<void> {
  await tx.auditEvent.create({
    data: { tenantId, actorUserId, action, entityType: "tenant", entityId: tenantId, before: change.before as object, after: change.after as object },
  });
}
