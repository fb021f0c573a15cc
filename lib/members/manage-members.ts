// Bureau admins manage the accounts of their own tenant. Every change that
// affects what a signed-in user may do bumps the user's session version, so
// their open sessions end at the next request.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import type { TenantSession } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";

async function loadManagedMember(tx: Tx, session: TenantSession, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, tenantId: session.tenant.tenantId },
    include: { user: true },
  });
  if (!membership || membership.user.isPlatformAdmin) throw new NotFoundError("成员不存在或无权管理");
  return membership;
}

function refuseSelf(session: TenantSession, userId: string, what: string) {
  if (userId === session.userId) throw new UserFacingError(`不能${what}自己的账号`);
}

async function requireUnitInTenant(tx: Tx, tenantId: string, orgUnitId: string | undefined): Promise<string | null> {
  if (!orgUnitId) return null;
  const unit = await tx.orgUnit.findFirst({ where: { id: orgUnitId, tenantId }, select: { id: true } });
  if (!unit) throw new UserFacingError("所选单位不存在", { orgUnitId: ["所选单位不存在"] });
  return unit.id;
}

export async function createMember(
  tx: Tx,
  session: TenantSession,
  input: { username: string; displayName: string; password: string; role: Role; orgUnitId?: string },
) {
  const tenantId = session.tenant.tenantId;
  const orgUnitId = input.role === "unit_reporter" ? await requireUnitInTenant(tx, tenantId, input.orgUnitId) : null;
  if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
    throw new ConflictError("该用户名已被使用");
  }
  const user = await tx.user.create({
    data: { username: input.username, displayName: input.displayName, passwordHash: await hashPassword(input.password) },
  });
  const membership = await tx.membership.create({ data: { tenantId, userId: user.id, role: input.role, orgUnitId } });
  await recordAudit(tx, session, {
    action: "member.create",
    entityType: "membership",
    entityId: membership.id,
    after: { username: user.username, role: input.role, orgUnitId },
  });
  return { membershipId: membership.id };
}

export async function updateMemberRole(tx: Tx, session: TenantSession, input: { membershipId: string; role: Role; orgUnitId?: string }) {
  const member = await loadManagedMember(tx, session, input.membershipId);
  refuseSelf(session, member.userId, "修改");
  const orgUnitId = input.role === "unit_reporter" ? await requireUnitInTenant(tx, session.tenant.tenantId, input.orgUnitId) : null;
  await tx.membership.update({ where: { id: member.id }, data: { role: input.role, orgUnitId } });
  await tx.user.update({ where: { id: member.userId }, data: { sessionVersion: { increment: 1 } } });
  await recordAudit(tx, session, {
    action: "member.role",
    entityType: "membership",
    entityId: member.id,
    before: { role: member.role, orgUnitId: member.orgUnitId },
    after: { role: input.role, orgUnitId },
  });
}

export async function setMemberActive(tx: Tx, session: TenantSession, input: { membershipId: string; active: boolean }) {
  const member = await loadManagedMember(tx, session, input.membershipId);
  refuseSelf(session, member.userId, "停用");
  await tx.user.update({ where: { id: member.userId }, data: { isActive: input.active, sessionVersion: { increment: 1 } } });
  await recordAudit(tx, session, {
    action: input.active ? "member.activate" : "member.deactivate",
    entityType: "membership",
    entityId: member.id,
    before: { isActive: member.user.isActive },
    after: { isActive: input.active },
  });
}

export async function resetMemberPassword(tx: Tx, session: TenantSession, input: { membershipId: string; password: string }) {
  const member = await loadManagedMember(tx, session, input.membershipId);
  await tx.user.update({
    where: { id: member.userId },
    data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
  });
  await recordAudit(tx, session, { action: "member.password", entityType: "membership", entityId: member.id });
}
