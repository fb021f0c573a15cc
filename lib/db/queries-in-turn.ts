// A pg connection runs one query at a time. pg queues a query asked for while
// another runs, and since 8.20 warns that pg 9 will stop doing so. Prisma 7's
// query interpreter reads an include's relations with Promise.all; inside an
// interactive transaction, which is one connection, that is exactly such a
// call (prisma/orm#29468, not fixed in 7.10). This client queues those calls
// itself, in the order they were made, so a page that reads a task with its
// leaders and units in a transaction keeps working under pg 9 and the server
// log carries no deprecation warning. The queries run in the order pg would
// have queued them; each is handed to pg a microtask later, which costs
// nothing a request can measure.
import pg from "pg";

type Query = (...args: unknown[]) => unknown;

/** A query given a callback, or a Submittable (a cursor, a stream), is the caller's to order: passed on as is. */
function isCallerOrdered(args: unknown[]): boolean {
  const first = args[0] as { submit?: unknown } | undefined;
  return typeof args.at(-1) === "function" || typeof first?.submit === "function";
}

export class QueriesInTurnClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const run = super.query.bind(this) as Query;
    let last: Promise<unknown> = Promise.resolve();
    const inTurn: Query = (...args) => {
      if (isCallerOrdered(args)) return run(...args);
      const result = last.then(() => run(...args));
      last = result.catch(() => undefined);
      return result;
    };
    this.query = inTurn as pg.Client["query"];
  }
}
