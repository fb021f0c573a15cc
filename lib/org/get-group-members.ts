// A group unit's members as its page shows them: the stored rule, the units
// picked one by one, who that resolves to today, and every unit that could be
// picked (a district's 30–150 schools: one query each, no paging needed).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { isGroupRuleKind, type GroupRuleKind } from "@/lib/vocabulary";
import { groupMembershipSql } from "./group-members-sql";

export interface GroupUnitOption {
  id: string;
  name: string;
  kind: OrgUnitKind;
}

export interface GroupMembers {
  rule: GroupRuleKind[];
  pickedIds: string[];
  members: GroupUnitOption[];
  candidates: GroupUnitOption[];
}

export async function getGroupMembers(tx: Tx, tenantId: string, groupId: string): Promise<GroupMembers> {
  const group = await tx.orgUnit.findFirst({ where: { id: groupId, tenantId, kind: "group" }, select: { id: true, memberKinds: true } });
  if (!group) throw new NotFoundError("单位群体不存在或无权访问");
  const picks = await tx.unitGroupMember.findMany({ where: { tenantId, groupId }, select: { memberId: true } });
  const members = await tx.$queryRaw<GroupUnitOption[]>`
    SELECT u.id::text AS id, u.name, u.kind::text AS kind
    FROM (${groupMembershipSql(tenantId, [groupId])}) gm JOIN org_units u ON u.tenant_id = ${tenantId}::uuid AND u.id = gm.member_id
    ORDER BY u.kind, u.name`;
  const candidates = await tx.orgUnit.findMany({
    where: { tenantId, kind: { not: "group" } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
  return { rule: (group.memberKinds ?? []).filter(isGroupRuleKind), pickedIds: picks.map((p) => p.memberId), members, candidates };
}
