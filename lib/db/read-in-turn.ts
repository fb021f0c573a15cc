// Several reads in one READ ONLY transaction, one after another, each with a
// promise of its own that settles as soon as that read is done. A page's
// sections stream from those promises as they did from a transaction each,
// for a third of the transactions (decision 0050).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant, type Tx } from "./tenant-scope";

/** A read's result that a section awaits; the transaction that runs the read settles it. */
export interface PendingRead<T> {
  readonly promise: Promise<T>;
  /** Hands the result to whoever awaits it, and back to the caller for the next read. */
  settle(value: T): T;
  fail(error: unknown): void;
}

export function pendingRead<T>(): PendingRead<T> {
  let settle!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // Whoever awaits it sees a failure; until then it is not an unhandled rejection.
  promise.catch(() => {});
  return {
    promise,
    settle: (value) => {
      settle(value);
      return value;
    },
    fail,
  };
}

/**
 * Runs `work` in one READ ONLY transaction of the caller's tenant. `work` settles
 * `pending` as it goes. When the transaction ends, every read still pending
 * fails: with the transaction's error, or as never run, so no section waits
 * for a read that will not come. A settled promise ignores the later failure.
 */
export function readInTurn(session: TenantSession, pending: PendingRead<unknown>[], work: (tx: Tx) => Promise<void>): void {
  readTenant(session, work).then(
    () => pending.forEach((read) => read.fail(new Error("A page read was not run in its transaction."))),
    (error: unknown) => pending.forEach((read) => read.fail(error)),
  );
}
