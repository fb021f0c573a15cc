// Several reads in one transaction, each with its own promise (decision 0050):
// each settles as its read finishes, a failed read fails the ones after it,
// and a read the transaction never settles fails rather than leaving a page
// section waiting for ever.
import { setImmediate } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { readsInTurn } from "@/lib/db/read-in-turn";
import { tenantSessionOf } from "@/tests/support/reporting";

let staff: TenantSession;
beforeAll(async () => {
  staff = await tenantSessionOf("jinfeng.staff");
});

/** Settled or not, after letting every callback already due run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol("pending");
  const outcome = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    setImmediate(pending),
  ]);
  return outcome !== pending;
}

describe("reads in one transaction", () => {
  it("tells settled from pending (the helper below)", async () => {
    expect(await isSettled(Promise.resolve(1))).toBe(true);
    expect(await isSettled(new Promise(() => {}))).toBe(false);
  });

  it("settles each read as soon as it is done, before the next has run", async () => {
    const turn = readsInTurn();
    const first = turn.read<string>();
    const second = turn.read<string>();
    let releaseSecond!: () => void;
    const gate = new Promise<void>((resolve) => (releaseSecond = resolve));
    turn.run(staff, async (tx) => {
      const [row] = await tx.$queryRaw<{ tenant: string }[]>`SELECT current_setting('app.tenant_id') AS tenant`;
      first.settle(row!.tenant);
      await gate;
      second.settle("second");
    });
    try {
      expect(await first.promise).toBe(staff.tenant.tenantId);
      expect(await isSettled(second.promise)).toBe(false);
    } finally {
      releaseSecond(); // never leave the transaction open on a failed expectation
    }
    expect(await second.promise).toBe("second");
  });

  it("runs read only, in the caller's tenant", async () => {
    const turn = readsInTurn();
    const wrote = turn.read<number>();
    turn.run(staff, async (tx) => {
      wrote.settle(await tx.$executeRaw`UPDATE tasks SET progress = progress WHERE tenant_id = ${staff.tenant.tenantId}::uuid`);
    });
    await expect(wrote.promise).rejects.toThrow(/read-only/);
  });

  it("fails the reads after a failed one with its error, and keeps the ones before", async () => {
    const turn = readsInTurn();
    const before = turn.read<number>();
    const failing = turn.read<number>();
    const after = turn.read<number>();
    turn.run(staff, async (tx) => {
      before.settle(1);
      failing.settle(await tx.$queryRaw<number>`SELECT 1 / 0`);
      after.settle(3);
    });
    expect(await before.promise).toBe(1);
    await expect(failing.promise).rejects.toThrow(/division by zero/);
    await expect(after.promise).rejects.toThrow(/division by zero/);
  });

  it("refuses a read declared after its transaction started, and a second run", async () => {
    const turn = readsInTurn();
    const only = turn.read<number>();
    turn.run(staff, async () => {
      only.settle(1);
    });
    expect(() => turn.read<number>()).toThrow(/declared before/);
    expect(() => turn.run(staff, async () => {})).toThrow(/already/);
    expect(await only.promise).toBe(1);
  });

  it("fails a read the transaction never settled instead of leaving it waiting", async () => {
    const turn = readsInTurn();
    const settled = turn.read<string>();
    const forgotten = turn.read<string>();
    turn.run(staff, async () => {
      settled.settle("done");
    });
    expect(await settled.promise).toBe("done");
    await expect(forgotten.promise).rejects.toThrow(/not run/);
  });
});
