import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface TenantSummary {
  units: number;
  people: number;
  plans: number;
  tasks: number;
  members: number;
}

/** Counts in one round trip; RLS keeps them to the scoped tenant, the filter says so explicitly. */
export async function getTenantSummary(tx: Tx, tenantId: string): Promise<TenantSummary> {
  const rows = await tx.$queryRaw<{ units: bigint; people: bigint; plans: bigint; tasks: bigint; members: bigint }[]>`
    SELECT
      (SELECT count(*) FROM org_units WHERE tenant_id = ${tenantId}::uuid) AS units,
      (SELECT count(*) FROM people WHERE tenant_id = ${tenantId}::uuid) AS people,
      (SELECT count(*) FROM plans WHERE tenant_id = ${tenantId}::uuid) AS plans,
      (SELECT count(*) FROM tasks WHERE tenant_id = ${tenantId}::uuid) AS tasks,
      (SELECT count(*) FROM memberships WHERE tenant_id = ${tenantId}::uuid) AS members`;
  const r = rows[0]!;
  return { units: Number(r.units), people: Number(r.people), plans: Number(r.plans), tasks: Number(r.tasks), members: Number(r.members) };
}
