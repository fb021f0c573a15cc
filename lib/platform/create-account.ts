// A new account and its membership in one tenant, as the platform writes them:
// a tenant's first admin, a city's viewer. Runs in a transaction scoped to that
// tenant (scopePlatformTransaction, or the CLI's openTenantTransaction), where
// the users policy new_tenant_member admits the row and tenant_isolation the
// membership. A generated one-time password must be changed at first sign-in;
// one the operator chose (--password-stdin) need not.
import "server-only";
import { randomUUID } from "node:crypto";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { PLATFORM_MESSAGES } from "./messages";

export interface NewAccount {
  userId: string;
  membershipId: string;
  username: string;
  /** The generated one-time password, shown once; null when the operator chose it. */
  oneTimePassword: string | null;
}

export async function createTenantAccount(
  tx: Tx,
  input: { tenantId: string; username: string; displayName: string; role: Role; password?: string },
): Promise<NewAccount> {
  await refuseTakenUsername(tx, input.username);
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const userId = randomUUID();
  // No RETURNING: the row is not readable here until its membership exists.
  await tx.$executeRaw`
    INSERT INTO users (id, username, display_name, password_hash, must_change_password, updated_at)
    VALUES (${userId}::uuid, ${input.username}, ${input.displayName}, ${await hashPassword(input.password ?? oneTimePassword!)},
      ${oneTimePassword !== null}, now())`;
  const membership = await tx.membership.create({ data: { tenantId: input.tenantId, userId, role: input.role }, select: { id: true } });
  return { userId, membershipId: membership.id, username: input.username, oneTimePassword };
}

/**
 * Usernames are global. A platform admin's scope reads every user (policy
 * platform_admin_read) and the CLI is the owner, so the check sees them all;
 * the unique index still decides a race (the transaction then fails whole).
 */
export async function refuseTakenUsername(tx: Tx, username: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM users WHERE username = ${username}`;
  if (rows.length) throw new UserFacingError(PLATFORM_MESSAGES.usernameTaken(username), { adminUsername: [PLATFORM_MESSAGES.usernameTaken(username)] });
}
