// A merge's share of the group-unit links (decision 0014): slots that came
// through the merged-away group now name the kept unit, its picked members
// and memberships move over (never making a unit a member of itself), and if
// both are groups the kept one takes the union of their kind rules.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export async function moveGroupLinks(tx: Tx, tenantId: string, sourceId: string, targetId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE report_slots SET group_unit_id = ${targetId}::uuid
    WHERE tenant_id = ${tenantId}::uuid AND group_unit_id = ${sourceId}::uuid`;
  await tx.$executeRaw`
    INSERT INTO unit_group_members (tenant_id, group_id, member_id, created_at)
    SELECT tenant_id, g, m, created_at FROM (
      SELECT tenant_id, created_at,
        CASE WHEN group_id = ${sourceId}::uuid THEN ${targetId}::uuid ELSE group_id END AS g,
        CASE WHEN member_id = ${sourceId}::uuid THEN ${targetId}::uuid ELSE member_id END AS m
      FROM unit_group_members
      WHERE tenant_id = ${tenantId}::uuid AND (group_id = ${sourceId}::uuid OR member_id = ${sourceId}::uuid)
    ) moved
    WHERE g <> m
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    DELETE FROM unit_group_members
    WHERE tenant_id = ${tenantId}::uuid AND (group_id = ${sourceId}::uuid OR member_id = ${sourceId}::uuid)`;
  await tx.$executeRaw`
    UPDATE org_units t SET member_kinds = ARRAY(SELECT DISTINCT k FROM unnest(t.member_kinds || s.member_kinds) k ORDER BY k)
    FROM org_units s
    WHERE t.tenant_id = ${tenantId}::uuid AND t.id = ${targetId}::uuid AND s.tenant_id = t.tenant_id AND s.id = ${sourceId}::uuid
      AND cardinality(s.member_kinds) > 0`;
}
