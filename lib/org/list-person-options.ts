// The 责任领导 of a tenant as choices for linking, and the leader accounts as
// choices from the other side: small lists (a bureau names tens of leaders).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export function listPersonOptions(tx: Tx, tenantId: string): Promise<{ id: string; name: string }[]> {
  return tx.person.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function listLeaderAccounts(tx: Tx, tenantId: string): Promise<{ membershipId: string; displayName: string; username: string }[]> {
  const rows = await tx.membership.findMany({
    where: { tenantId, role: "leader" },
    select: { id: true, user: { select: { displayName: true, username: true } } },
    orderBy: { user: { username: "asc" } },
  });
  return rows.map((r) => ({ membershipId: r.id, ...r.user }));
}
