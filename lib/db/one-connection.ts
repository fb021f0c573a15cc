// A transaction holds one pooled connection; work inside it must not ask the
// same pool for a second one. Under load every connection can be held by a
// transaction that waits for another, and the pool then waits for itself
// until its connect timeout (the password change did this before decision
// 0060's fix). The pool refuses such a request where it is made, so a test
// that reaches the path fails on the line that does it (decision 0061).
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const openTransaction = new AsyncLocalStorage<{ open: boolean }>();

/**
 * Runs a transaction's body marked as holding its connection. The mark is
 * cleared when the body ends, so work it started and left running is free to
 * use the pool afterwards.
 */
async function holdingConnection<T>(body: () => Promise<T>): Promise<T> {
  const mark = { open: true };
  try {
    return await openTransaction.run(mark, body);
  } finally {
    mark.open = false;
  }
}

/** `client.$transaction(body)` with its body marked as holding the connection: the one way the app opens a transaction. */
export function runTransaction<T>(
  client: PrismaClient,
  body: (tx: Prisma.TransactionClient) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  return client.$transaction((tx) => holdingConnection(() => body(tx)), options);
}

export class SecondConnectionError extends Error {
  constructor() {
    super("A transaction asked the connection pool for a second connection; use its tx, or do the work before it opens (decision 0061)");
    this.name = "SecondConnectionError";
  }
}

/**
 * Tests and development refuse; production logs the stack and goes on, since
 * the request would usually succeed and the log names the line to fix.
 * EDUPLAN_STRICT_CONNECTIONS=1 makes a production build refuse (the browser tests).
 */
function refusesSecondConnection(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.EDUPLAN_STRICT_CONNECTIONS === "1";
}

function secondConnectionRefusal(): SecondConnectionError | null {
  if (!openTransaction.getStore()?.open) return null;
  const error = new SecondConnectionError();
  if (refusesSecondConnection()) return error;
  console.error(error);
  return null;
}

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/** pg's pool, checked on every checkout: a transaction's own and each one-off query's (pool.query checks out through connect). */
export class OneConnectionPool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const refusal = secondConnectionRefusal();
    if (refusal) {
      if (!callback) return Promise.reject(refusal);
      process.nextTick(() => callback(refusal, undefined, () => undefined));
      return;
    }
    return callback ? super.connect(callback as Parameters<pg.Pool["connect"]>[0] & object) : super.connect();
  }
}
