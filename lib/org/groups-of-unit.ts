// The group units a unit belongs to (by their rule or picked), so that a
// school's reporter finds the tasks assigned to 各中小学校、幼儿园 as theirs.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { groupMembershipSql } from "./group-members-sql";

export async function groupsOfUnit(tx: Tx, tenantId: string, unitId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT gm.group_id::text AS id FROM (${groupMembershipSql(tenantId)}) gm WHERE gm.member_id = ${unitId}::uuid`;
  return rows.map((r) => r.id);
}
