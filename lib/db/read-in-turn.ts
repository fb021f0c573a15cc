// Several reads in one READ ONLY transaction, one after another, each with a
// promise of its own that settles as soon as that read is done. A page's
// sections stream from those promises as they did from a transaction each,
// for a fraction of the transactions (decision 0050).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant, type Tx } from "./tenant-scope";

/** A read's result that a section awaits; the transaction that runs the read settles it. */
export interface PendingRead<T> {
  readonly promise: Promise<T>;
  /** Hands the result to whoever awaits it, and back to the caller for the next read. */
  settle(value: T): T;
}

export interface ReadsInTurn {
  /** A read of this transaction: declared before it runs, so its promise can be handed out at once. */
  read<T>(): PendingRead<T>;
  /**
   * Runs `work` in one READ ONLY transaction of the caller's tenant; `work` settles the reads
   * as it goes. When the transaction ends, every read still pending fails: with the
   * transaction's error (after a failed statement nothing more can run in it), or as never
   * run, so no section waits for a read that will not come. `work` must not await a read of
   * another transaction: it would hold its connection while that one may wait for a connection.
   */
  run(session: TenantSession, work: (tx: Tx) => Promise<void>): void;
}

export function readsInTurn(): ReadsInTurn {
  const failures: ((error: unknown) => void)[] = [];
  let started = false;
  return {
    read<T>(): PendingRead<T> {
      // Declared after the run, a read could be settled by nothing, nor failed when it ends.
      if (started) throw new Error("A read must be declared before its transaction runs.");
      let settle!: (value: T) => void;
      const promise = new Promise<T>((resolve, reject) => {
        settle = resolve;
        failures.push(reject);
      });
      // Whoever awaits it sees a failure; until then it is not an unhandled rejection.
      promise.catch(() => {});
      return {
        promise,
        settle: (value: T) => {
          settle(value);
          return value;
        },
      };
    },
    run(session, work) {
      if (started) throw new Error("These reads already have their transaction.");
      started = true;
      // A promise already settled ignores the later rejection.
      const failAll = (error: unknown) => failures.forEach((fail) => fail(error));
      readTenant(session, work).then(() => failAll(new Error("A page read was not run in its transaction.")), failAll);
    },
  };
}
