// Sign-in throttling kept in PostgreSQL, so it holds across app instances.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { maxFailures: 20, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type ThrottleKind = keyof typeof THROTTLE_RULES;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.toLowerCase()}`;
}

/** Minutes until the key may try again, or 0 when it is not locked. */
export async function lockedMinutes(db: PrismaClient, key: string): Promise<number> {
  const row = await db.authThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  if (!row?.lockedUntil) return 0;
  const ms = row.lockedUntil.getTime() - Date.now();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

/** Counts a failure atomically; locks the key once it reaches the rule's limit within the window. */
export async function recordFailure(db: PrismaClient, kind: ThrottleKind, key: string): Promise<void> {
  const rule = THROTTLE_RULES[kind];
  await db.$executeRaw`
    INSERT INTO auth_throttles (key, failures, window_started_at)
    VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN auth_throttles.window_started_at < now() - make_interval(mins => ${rule.windowMinutes})
                      THEN 1 ELSE auth_throttles.failures + 1 END,
      window_started_at = CASE WHEN auth_throttles.window_started_at < now() - make_interval(mins => ${rule.windowMinutes})
                      THEN now() ELSE auth_throttles.window_started_at END`;
  await db.$executeRaw`
    UPDATE auth_throttles SET locked_until = now() + make_interval(mins => ${rule.lockMinutes}), failures = 0, window_started_at = now()
    WHERE key = ${key} AND failures >= ${rule.maxFailures}`;
}

export async function clearFailures(db: PrismaClient, key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}
