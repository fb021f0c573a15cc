// Sign-in throttling that slows attackers without locking owners out
// (docs/decisions/0010-sign-in-throttle.md). Kept in PostgreSQL (auth_failures),
// so it holds across app instances.
//
// Only a failing source is ever refused: an account + address pair that has
// failed more than its allowance waits, exponentially longer per failure. An
// account or an address under attack (many failures in a short window) lowers
// that allowance from three failures to one; neither ever refuses a pair that
// has not failed, so the owner's correct password from an address that has not
// been failing always gets checked, and a school's shared NAT address never
// locks its other teachers out.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runTransaction } from "@/lib/db/one-connection";

export const THROTTLE = {
  /** A pair's failures count this long, until the account signs in from that address. */
  pairWindowHours: 24,
  /** Failures a pair may make before it waits. */
  freeFailures: 3,
  /** …while its account or its address is under attack. */
  freeFailuresUnderAttack: 1,
  /** "Under attack": this many failures within hotWindowMinutes. */
  hotWindowMinutes: 15,
  accountUnderAttack: 10,
  addressUnderAttack: 30,
  /** The first wait, doubled for each further failure, capped. */
  firstDelaySeconds: 30,
  maxDelaySeconds: 3600,
} as const;

export interface ThrottleState {
  pairFailures: number;
  pairLastFailureAt: Date | null;
  accountFailures: number;
  addressFailures: number;
  now: Date;
}

/** Seconds the pair must still wait, or 0 when its attempt may be checked. */
export function retryAfterSeconds(state: ThrottleState): number {
  const underAttack = state.accountFailures >= THROTTLE.accountUnderAttack || state.addressFailures >= THROTTLE.addressUnderAttack;
  const allowance = underAttack ? THROTTLE.freeFailuresUnderAttack : THROTTLE.freeFailures;
  if (state.pairFailures < allowance || !state.pairLastFailureAt) return 0;
  const delay = Math.min(THROTTLE.firstDelaySeconds * 2 ** (state.pairFailures - allowance), THROTTLE.maxDelaySeconds);
  const remainingMs = state.pairLastFailureAt.getTime() + delay * 1000 - state.now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

export interface Attempt {
  /** Lower-cased. */
  username: string;
  address: string;
  userAgent: string;
  /** The account the username names, if any. */
  userId: string | null;
}

export type Reservation = { ok: true; attemptId: string } | { ok: false; retryAfterSeconds: number };

/** Beyond this, "under attack" is all the throttle needs to know: counting stops. */
const COUNT_CAP = Math.max(THROTTLE.accountUnderAttack, THROTTLE.addressUnderAttack);

/**
 * Decides whether this attempt may be checked and, if so, records it as a
 * failure before the password is verified (sign-in deletes the row again on
 * success). Check and record run under a lock on the pair, so a burst of
 * parallel guesses gets the allowance, not one guess per request in flight;
 * the lock is held for these few statements, never during verification.
 */
export async function reserveAttempt(db: PrismaClient, attempt: Attempt): Promise<Reservation> {
  return runTransaction(db, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in\n${attempt.username}\n${attempt.address}`}, 0))`;
    const [row] = await tx.$queryRaw<{ pair: number; pair_last: Date | null; account: number; address: number; now: Date }[]>`
      WITH pair AS (
        SELECT created_at FROM auth_failures
        WHERE username = ${attempt.username} AND address = ${attempt.address} AND cleared_at IS NULL
          AND created_at > now() - make_interval(hours => ${THROTTLE.pairWindowHours})
      )
      SELECT (SELECT count(*)::int FROM pair) AS pair, (SELECT max(created_at) FROM pair) AS pair_last,
        (SELECT count(*)::int FROM (SELECT 1 FROM auth_failures WHERE username = ${attempt.username} AND cleared_at IS NULL
           AND created_at > now() - make_interval(mins => ${THROTTLE.hotWindowMinutes}) LIMIT ${COUNT_CAP}) a) AS account,
        (SELECT count(*)::int FROM (SELECT 1 FROM auth_failures WHERE address = ${attempt.address} AND cleared_at IS NULL
           AND created_at > now() - make_interval(mins => ${THROTTLE.hotWindowMinutes}) LIMIT ${COUNT_CAP}) a) AS address,
        now() AS now`;
    const wait = retryAfterSeconds({
      pairFailures: row!.pair,
      pairLastFailureAt: row!.pair_last,
      accountFailures: row!.account,
      addressFailures: row!.address,
      now: row!.now,
    });
    if (wait > 0) return { ok: false, retryAfterSeconds: wait };
    const { id } = await tx.authFailure.create({
      data: { username: attempt.username, address: attempt.address, userAgent: attempt.userAgent, userId: attempt.userId },
      select: { id: true },
    });
    return { ok: true, attemptId: id };
  });
}

/** A reserved attempt that turned out not to be a guessing failure (a deactivated account's right password). */
export async function releaseAttempt(db: PrismaClient, attemptId: string): Promise<void> {
  await db.authFailure.deleteMany({ where: { id: attemptId } });
}
