// A leader account (分管领导) linked to the 责任领导 named in the plans: that
// link is what "我负责的" means (lib/dashboard/linked-people.ts). Both sides
// are loaded by id AND tenant, so another bureau's person or member is simply
// not found; only a leader account may be linked, so a reporter or staff
// member never inherits a leader's task list by mistake.
import "server-only";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/vocabulary";

export const LINK_MESSAGES = {
  personNotFound: "责任领导不存在",
  memberNotFound: "成员不存在或无权管理",
  notLeader: `只有“${ROLE_LABELS.leader}”账号可以关联责任领导`,
} as const;

async function loadPerson(tx: Tx, tenantId: string, personId: string) {
  const person = await tx.person.findFirst({ where: { id: personId, tenantId }, select: { id: true, name: true, userId: true } });
  if (!person) throw new NotFoundError(LINK_MESSAGES.personNotFound);
  return person;
}

/** Points the person at the user (replacing an earlier link) and records it. */
export async function setPersonUser(tx: Tx, actor: AuditActor, person: { id: string; userId: string | null }, userId: string | null) {
  if (person.userId === userId) return;
  const tenantId = actor.tenant.tenantId;
  await tx.person.update({ where: { tenantId_id: { tenantId, id: person.id } }, data: { userId } });
  await recordAudit(tx, actor, {
    action: userId ? "person.link" : "person.unlink",
    entityType: "person",
    entityId: person.id,
    before: { userId: person.userId },
    after: { userId },
  });
}

export async function linkLeader(tx: Tx, actor: AuditActor, input: { personId: string; membershipId: string }) {
  const tenantId = actor.tenant.tenantId;
  const person = await loadPerson(tx, tenantId, input.personId);
  const member = await tx.membership.findFirst({ where: { id: input.membershipId, tenantId }, select: { userId: true, role: true } });
  if (!member) throw new NotFoundError(LINK_MESSAGES.memberNotFound);
  if (member.role !== "leader") throw new UserFacingError(LINK_MESSAGES.notLeader);
  await setPersonUser(tx, actor, person, member.userId);
  return { personName: person.name };
}

export async function unlinkLeader(tx: Tx, actor: AuditActor, input: { personId: string }) {
  const person = await loadPerson(tx, actor.tenant.tenantId, input.personId);
  await setPersonUser(tx, actor, person, null);
  return { personName: person.name };
}
