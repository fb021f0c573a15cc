// A transaction holds one pooled connection and must not ask the pool for a
// second (decision 0061): under load that is a pool waiting for itself. The
// pool refuses it where it is asked, in tests and development; production
// logs it and goes on.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { SecondConnectionError } from "@/lib/db/one-connection";
import { readTenant, withTenant } from "@/lib/db/tenant-scope";
import { ownerDb } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const countOneRow = () => getPrisma().$queryRaw<{ one: number }[]>`SELECT 1 AS one`;

describe("one connection per transaction", () => {
  it("refuses a query on the pool inside a transaction, and the transaction's writes roll back", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    const task = await readTenant(staff, (tx) => tx.task.findFirstOrThrow({ select: { id: true, title: true } }));
    const attempt = withTenant(staff, async (tx) => {
      await tx.task.update({ where: { id: task.id }, data: { title: `${task.title}（改）` } });
      await countOneRow();
    });
    await expect(attempt).rejects.toThrow(SecondConnectionError);
    expect((await ownerDb().task.findUniqueOrThrow({ where: { id: task.id }, select: { title: true } })).title).toBe(task.title);
  });

  it("refuses a second transaction opened inside the first", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    await expect(readTenant(staff, () => readTenant(staff, (inner) => inner.task.count()))).rejects.toThrow(SecondConnectionError);
  });

  it("lets the transaction's own queries, and work it left running after it ends, use the pool", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    let later: Promise<unknown> = Promise.resolve();
    // Started in the body, run only once the transaction has ended (not after a delay a busy machine outlasts).
    let bodyEnded!: () => void;
    const ended = new Promise<void>((resolve) => (bodyEnded = resolve));
    const count = await readTenant(staff, async (tx) => {
      later = ended.then(countOneRow);
      return tx.task.count();
    });
    bodyEnded();
    expect(count).toBeGreaterThan(0);
    await expect(later).resolves.toEqual([{ one: 1 }]);
    // Outside any transaction the pool serves as before.
    await expect(countOneRow()).resolves.toEqual([{ one: 1 }]);
  });

  it("in production logs the stack and serves the query, unless EDUPLAN_STRICT_CONNECTIONS=1", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.stubEnv("NODE_ENV", "production");
    await expect(readTenant(staff, () => countOneRow())).resolves.toEqual([{ one: 1 }]);
    expect(logged).toHaveBeenCalledWith(expect.any(SecondConnectionError));
    vi.stubEnv("EDUPLAN_STRICT_CONNECTIONS", "1");
    await expect(readTenant(staff, () => countOneRow())).rejects.toThrow(SecondConnectionError);
  });
});
