// A page reads a task with its relations in one transaction; Prisma asks for
// the relations at once, on the transaction's one connection. They must run
// in turn (pg 9 refuses overlapping queries; pg 8 warns), in order, and a
// failed one must not stop the ones after it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readTenant } from "@/lib/db/tenant-scope";
import { QueriesInTurnClient } from "@/lib/db/queries-in-turn";
import { tenantSessionOf } from "@/tests/support/reporting";

const OVERLAP_WARNING = /already executing a query/;
let warnings: Error[] = [];
const collect = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings = [];
  process.on("warning", collect);
});
afterEach(() => {
  process.off("warning", collect);
});

describe("queries on one connection", () => {
  it("a task read with its leaders, units and measures in a transaction gets them all, with no overlap warning", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    const tasks = await readTenant(staff, (tx) =>
      tx.task.findMany({ where: { leaders: { some: {} }, units: { some: {} } }, take: 5, include: { leaders: true, units: true, measures: true } }),
    );
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task.leaders.length).toBeGreaterThan(0);
      expect(task.units.length).toBeGreaterThan(0);
    }
    expect(warnings.filter((w) => OVERLAP_WARNING.test(w.message))).toEqual([]);
  });

  it("runs queries asked for at once in the order asked, and a failed one does not stop the next", async () => {
    const client = new QueriesInTurnClient(process.env.APP_DATABASE_URL);
    await client.connect();
    try {
      const finished: number[] = [];
      const slow = client.query("SELECT pg_sleep(0.05), 1 AS n").then(() => finished.push(1));
      const failing = client.query("SELECT 1 / 0").catch((err: Error) => err.message);
      const fast = client.query<{ n: number }>("SELECT 3 AS n").then((r) => finished.push(r.rows[0]!.n));
      const [, failure] = await Promise.all([slow, failing, fast]);
      expect(failure).toMatch(/division by zero/);
      expect(finished).toEqual([1, 3]);
      expect(warnings.filter((w) => OVERLAP_WARNING.test(w.message))).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
