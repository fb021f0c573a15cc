// City-viewer accounts, managed by the platform admin (a city's tenant has no
// admin of its own): create, reset to a one-time password, deactivate or
// reactivate. Each runs in the platform admin's transaction scoped to the city.
import "server-only";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import { scopePlatformTransaction, type Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { createTenantAccount, type NewAccount } from "./create-account";
import { PLATFORM_MESSAGES } from "./messages";

export async function createCityViewer(tx: Tx, actorUserId: string, input: { cityCode: string; username: string; displayName: string }): Promise<NewAccount> {
  const city = await tx.tenant.findUnique({ where: { code: input.cityCode }, select: { id: true, kind: true } });
  if (!city || city.kind !== "city") throw new NotFoundError(PLATFORM_MESSAGES.unknownParent(input.cityCode));
  await scopePlatformTransaction(tx, { userId: actorUserId, tenantId: city.id });
  try {
    return await createTenantAccount(tx, { tenantId: city.id, username: input.username, displayName: input.displayName, role: "city_viewer" });
  } catch (err) {
    // The form's field is `username` here, not the tenant form's `adminUsername`.
    if (err instanceof UserFacingError && err.fieldErrors?.adminUsername) throw new UserFacingError(err.message, { username: err.fieldErrors.adminUsername });
    throw err;
  }
}

/** The account's membership, if it is a city viewer's; the transaction is then scoped to that city. */
async function loadCityViewer(tx: Tx, actorUserId: string, username: string) {
  await scopePlatformTransaction(tx, { userId: actorUserId, tenantId: "" });
  // memberships and users policies platform_admin_read: every tenant's rows, for this lookup.
  const memberships = await tx.membership.findMany({
    where: { user: { username } },
    select: { id: true, tenantId: true, userId: true, role: true, user: { select: { username: true } } },
  });
  const membership = memberships[0];
  if (!membership) throw new NotFoundError(PLATFORM_MESSAGES.notCityViewer);
  if (memberships.length > 1 || membership.role !== "city_viewer") throw new UserFacingError(PLATFORM_MESSAGES.notCityViewer);
  await scopePlatformTransaction(tx, { userId: actorUserId, tenantId: membership.tenantId });
  return membership;
}

/** A fresh one-time password; every session of the account ends. */
export async function resetCityViewerPassword(
  tx: Tx,
  actorUserId: string,
  input: { username: string },
): Promise<{ username: string; oneTimePassword: string }> {
  const viewer = await loadCityViewer(tx, actorUserId, input.username);
  const oneTimePassword = generateOneTimePassword();
  await tx.user.updateMany({
    where: { id: viewer.userId },
    data: { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  return { username: viewer.user.username, oneTimePassword };
}

export async function setCityViewerActive(tx: Tx, actorUserId: string, input: { username: string; active: boolean }): Promise<void> {
  const viewer = await loadCityViewer(tx, actorUserId, input.username);
  await tx.user.updateMany({ where: { id: viewer.userId }, data: { isActive: input.active, sessionVersion: { increment: 1 } } });
}
