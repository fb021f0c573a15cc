// Bureau admins manage the accounts of their own tenant. Every change that
// affects what a signed-in user may do bumps the user's session version, so
// their open sessions end at the next request.
//
// users is behind row-level security (migration users_behind_rls): this
// tenant's transaction sees its own members' rows, never a password hash, so
// user rows are read with an explicit select and written without RETURNING.
import "server-only";
import { randomUUID } from "node:crypto";
import { endAllSessions } from "@/lib/auth/end-sessions";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashGeneratedPassword } from "@/lib/auth/password";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { isUnitBoundRole } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";

async function loadManagedMember(tx: Tx, session: TenantSession, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, tenantId: session.tenant.tenantId },
    include: { user: { select: { isActive: true, isPlatformAdmin: true } } },
  });
  if (!membership || membership.user.isPlatformAdmin) throw new NotFoundError("成员不存在或无权管理");
  return membership;
}

/**
 * The password and the active flag belong to the account, which may also be a
 * member of other bureaus (the tenant switcher's case): only a platform admin
 * changes those for everyone (migration shared_account_guard).
 */
async function refuseSharedAccount(tx: Tx, session: TenantSession, userId: string) {
  const [row] = await tx.$queryRaw<{ elsewhere: boolean }[]>`
    SELECT user_belongs_elsewhere(${userId}::uuid, ${session.tenant.tenantId}::uuid) AS elsewhere`;
  if (row?.elsewhere) throw new UserFacingError(SHARED_ACCOUNT_MESSAGE);
}

export const SHARED_ACCOUNT_MESSAGE = "该账号同时属于其他单位，密码和停用只能由平台管理员处理";

function refuseSelf(session: TenantSession, userId: string, what: string) {
  if (userId === session.userId) throw new UserFacingError(`不能${what}自己的账号`);
}

async function requireUnitInTenant(tx: Tx, tenantId: string, orgUnitId: string | undefined): Promise<string | null> {
  if (!orgUnitId) return null;
  const unit = await tx.orgUnit.findFirst({ where: { id: orgUnitId, tenantId }, select: { id: true } });
  if (!unit) throw new UserFacingError("所选单位不存在", { orgUnitId: ["所选单位不存在"] });
  return unit.id;
}

/** A raw statement's unique violation, as the pg driver adapter reports it. */
export function isUniqueViolation(err: unknown): boolean {
  const cause = (err as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } }).meta?.driverAdapterError?.cause;
  return cause?.kind === "UniqueConstraintViolation";
}

export async function createMember(
  tx: Tx,
  session: TenantSession,
  input: { username: string; displayName: string; role: Role; orgUnitId?: string },
): Promise<{ membershipId: string; username: string; password: string }> {
  const tenantId = session.tenant.tenantId;
  const orgUnitId = isUnitBoundRole(input.role) ? await requireUnitInTenant(tx, tenantId, input.orgUnitId) : null;
  // Another tenant's user is invisible here, so the unique username decides.
  // The new row is not this tenant's member until the membership below, so it
  // cannot be read back: no RETURNING, no ON CONFLICT (both need to see it).
  const userId = randomUUID();
  // A one-time password, shown to the admin once; the member sets their own at first sign-in.
  const password = generateOneTimePassword();
  try {
    await tx.$executeRaw`
      INSERT INTO users (id, username, display_name, password_hash, must_change_password, updated_at)
      VALUES (${userId}::uuid, ${input.username}, ${input.displayName}, ${await hashGeneratedPassword(password)}, true, now())`;
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError("该用户名已被使用");
    throw err;
  }
  const membership = await tx.membership.create({ data: { tenantId, userId, role: input.role, orgUnitId } });
  await recordAudit(tx, session, {
    action: "member.create",
    entityType: "membership",
    entityId: membership.id,
    after: { username: input.username, role: input.role, orgUnitId },
  });
  return { membershipId: membership.id, username: input.username, password };
}

export async function updateMemberRole(tx: Tx, session: TenantSession, input: { membershipId: string; role: Role; orgUnitId?: string }) {
  const member = await loadManagedMember(tx, session, input.membershipId);
  refuseSelf(session, member.userId, "修改");
  const orgUnitId = isUnitBoundRole(input.role) ? await requireUnitInTenant(tx, session.tenant.tenantId, input.orgUnitId) : null;
  await tx.membership.update({ where: { id: member.id }, data: { role: input.role, orgUnitId } });
  await tx.user.updateMany({ where: { id: member.userId }, data: { sessionVersion: { increment: 1 } } });
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
  await refuseSharedAccount(tx, session, member.userId);
  await tx.user.updateMany({ where: { id: member.userId }, data: { isActive: input.active, sessionVersion: { increment: 1 } } });
  await recordAudit(tx, session, {
    action: input.active ? "member.activate" : "member.deactivate",
    entityType: "membership",
    entityId: member.id,
    before: { isActive: member.user.isActive },
    after: { isActive: input.active },
  });
}

/**
 * A new one-time password, returned to be shown to the admin once (never
 * stored in clear): the member must change it at their next sign-in.
 */
export async function resetMemberPassword(tx: Tx, session: TenantSession, input: { membershipId: string }): Promise<{ password: string }> {
  const member = await loadManagedMember(tx, session, input.membershipId);
  await refuseSharedAccount(tx, session, member.userId);
  const password = generateOneTimePassword();
  await tx.user.updateMany({
    where: { id: member.userId },
    data: { passwordHash: await hashGeneratedPassword(password), mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  await recordAudit(tx, session, { action: "member.password", entityType: "membership", entityId: member.id });
  return { password };
}

/** Signs the member out everywhere (their account stays usable); the count of sessions ended. */
export async function endMemberSessions(tx: Tx, session: TenantSession, input: { membershipId: string }): Promise<number> {
  const member = await loadManagedMember(tx, session, input.membershipId);
  const ended = await endAllSessions(tx, member.userId);
  await recordAudit(tx, session, { action: "member.sessions.end", entityType: "membership", entityId: member.id, after: { ended } });
  return ended;
}
