// The one place the app reads a password hash: sign_in_credentials() (migration
// users_behind_rls), a SECURITY DEFINER function that returns what sign-in
// needs for one username. The app role itself cannot select password_hash.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface Credentials {
  userId: string;
  displayName: string;
  passwordHash: string;
  isActive: boolean;
  sessionVersion: number;
}

export async function findCredentials(db: PrismaClient, username: string): Promise<Credentials | null> {
  const rows = await db.$queryRaw<Credentials[]>`
    SELECT user_id::text AS "userId", display_name AS "displayName", password_hash AS "passwordHash",
      is_active AS "isActive", session_version AS "sessionVersion"
    FROM sign_in_credentials(${username})`;
  return rows[0] ?? null;
}
