import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The caller's unread messages in the active tenant, as a scalar subquery
 * (the inbox page and the menu's badge, lib/navigation/read-nav-facts.ts).
 * By tenant AND user: the own_inbox policy admits a user's messages in every
 * tenant, and the inbox shows the active tenant's only (./scope.ts).
 */
export function unreadCountSql(session: TenantSession): Prisma.Sql {
  return Prisma.sql`(SELECT count(*) FROM inbox_messages
    WHERE tenant_id = ${session.tenant.tenantId}::uuid AND user_id = ${session.userId}::uuid AND read_at IS NULL)`;
}

export async function countUnread(tx: Tx, session: TenantSession): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT ${unreadCountSql(session)}::int AS n`;
  return row!.n;
}
