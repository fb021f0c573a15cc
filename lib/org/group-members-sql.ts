// Who belongs to which group unit, as one SQL relation (group_id, member_id),
// so that opening a period and every page resolve members the same way and
// set-based: a member is a unit of a kind the group's rule names, or one picked
// for the group. Never a group itself (groups do not nest) and never the group.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** SELECT group_id, member_id over the tenant's groups (optionally only `groupIds`). */
export function groupMembershipSql(tenantId: string, groupIds?: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT g.id AS group_id, m.id AS member_id
    FROM org_units g
    JOIN org_units m ON m.tenant_id = g.tenant_id AND m.kind <> 'group' AND m.id <> g.id
    WHERE g.tenant_id = ${tenantId}::uuid AND g.kind = 'group'
      ${groupIds ? Prisma.sql`AND g.id = ANY(${groupIds}::uuid[])` : Prisma.empty}
      AND (m.kind::text = ANY(g.member_kinds)
        OR EXISTS (SELECT 1 FROM unit_group_members p WHERE p.tenant_id = g.tenant_id AND p.group_id = g.id AND p.member_id = m.id))`;
}
