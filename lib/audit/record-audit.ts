import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who acts in a tenant: a signed-in session, or an operator's command (userId
 * null: `npm run users:import` runs as the owner connection, not as a user).
 */
export interface AuditActor {
  userId: string | null;
  tenant: { tenantId: string };
}

/** Appends to the tenant's audit trail (the app role cannot update or delete it). */
export async function recordAudit(
  tx: Tx,
  session: AuditActor,
  event: { action: string; entityType: string; entityId?: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: session.tenant.tenantId,
      actorUserId: session.userId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      before: event.before,
      after: event.after,
    },
  });
}
