// Saving a group unit's members: its kind rule and the units picked one by
// one, replacing both. Everything is checked before anything is written: the
// unit must be a group of this tenant, a member must be a unit of this tenant
// (another tenant's id is "not found", like a missing one), and groups do not
// nest (neither the group itself nor another group can be a member).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { GroupRuleKind } from "@/lib/vocabulary";
import { groupMembershipSql } from "./group-members-sql";

export interface GroupMembersInput {
  groupId: string;
  memberKinds: GroupRuleKind[];
  memberIds: string[];
}

export async function setGroupMembers(tx: Tx, session: TenantSession, input: GroupMembersInput) {
  const tenantId = session.tenant.tenantId;
  const group = await tx.orgUnit.findFirst({ where: { id: input.groupId, tenantId }, select: { id: true, kind: true, memberKinds: true } });
  if (!group) throw new NotFoundError("单位不存在或无权访问");
  if (group.kind !== "group") throw new UserFacingError("只有“单位群体”类的单位可以设置成员单位");
  const memberIds = [...new Set(input.memberIds)];
  if (memberIds.includes(group.id)) throw new UserFacingError("单位群体不能把自己设为成员", { memberIds: ["不能选择本群体"] });
  const units = await tx.orgUnit.findMany({ where: { tenantId, id: { in: memberIds } }, select: { id: true, name: true, kind: true } });
  if (units.length !== memberIds.length) throw new NotFoundError("所选成员单位不存在或无权访问");
  const nested = units.find((u) => u.kind === "group");
  if (nested) throw new UserFacingError(`“${nested.name}”本身是单位群体，不能作为成员`, { memberIds: ["单位群体不能互为成员"] });

  const memberKinds = [...new Set(input.memberKinds)];
  const before = await tx.unitGroupMember.findMany({ where: { tenantId, groupId: group.id }, select: { memberId: true } });
  await tx.orgUnit.update({ where: { tenantId_id: { tenantId, id: group.id } }, data: { memberKinds } });
  await tx.unitGroupMember.deleteMany({ where: { tenantId, groupId: group.id, memberId: { notIn: memberIds } } });
  await tx.unitGroupMember.createMany({ data: memberIds.map((memberId) => ({ tenantId, groupId: group.id, memberId })), skipDuplicates: true });
  await recordAudit(tx, session, {
    action: "org_unit.group_members",
    entityType: "org_unit",
    entityId: group.id,
    before: { memberKinds: group.memberKinds ?? [], memberIds: before.map((b) => b.memberId) },
    after: { memberKinds, memberIds },
  });
  const counted = await tx.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM (${groupMembershipSql(tenantId, [group.id])}) gm`;
  return { groupId: group.id, memberCount: counted[0]?.count ?? 0 };
}
