import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantSession } from "@/lib/auth/session";

/** Appends to the tenant's audit trail (the app role cannot update or delete it). */
export async function recordAudit(
  tx: Tx,
  session: TenantSession,
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
