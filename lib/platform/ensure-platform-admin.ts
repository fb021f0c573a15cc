// `npm run platform:admin`: the first account of a fresh installation, or the
// way back in when the platform admin's password is lost. Runs as the owner
// (only the owner may set is_platform_admin). Creating and resetting are the
// same command: a reset ends every session of the account.
import "server-only";
import { randomUUID } from "node:crypto";
import { generateOneTimePassword } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scopeStatement } from "@/lib/db/scope-statement";
import { runTransaction } from "@/lib/db/one-connection";
import { PLATFORM_MESSAGES } from "./messages";

export interface PlatformAdminResult {
  created: boolean;
  username: string;
  /** Generated, shown once, to be changed at first sign-in; null when the operator gave one. */
  oneTimePassword: string | null;
}

export async function ensurePlatformAdmin(owner: PrismaClient, input: { username: string; password?: string }): Promise<PlatformAdminResult> {
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  const mustChangePassword = oneTimePassword !== null;
  return runTransaction(owner, async (tx) => {
    const existing = await tx.user.findUnique({ where: { username: input.username }, select: { id: true } });
    // A bureau's account is not promoted by a typo: platform admins belong to no tenant. Memberships are
    // under forced RLS, which binds an owner that is not a superuser too (a managed PostgreSQL): read them
    // as that user's own (policy own_memberships), so the count is right whoever the owner is.
    if (existing) {
      await tx.$queryRaw(scopeStatement({ tenantId: null, userId: existing.id }));
      if ((await tx.membership.count({ where: { userId: existing.id } })) > 0)
        throw new UserFacingError(PLATFORM_MESSAGES.usernameIsPlatformOrMember(input.username));
    }
    if (existing) {
      await tx.user.update({
        where: { id: existing.id },
        data: { passwordHash, mustChangePassword, isPlatformAdmin: true, isActive: true, sessionVersion: { increment: 1 } },
        select: { id: true },
      });
    } else {
      await tx.user.create({
        data: { id: randomUUID(), username: input.username, displayName: "平台管理员", passwordHash, mustChangePassword, isPlatformAdmin: true },
        select: { id: true },
      });
    }
    return { created: !existing, username: input.username, oneTimePassword };
  });
}
