// Several reads in one transaction, each with its own promise (decision 0050):
// each settles as its read finishes, a failed read fails the ones after it,
// and a read the transaction never settles fails rather than leaving a page
// section waiting for ever.
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { pendingRead, readInTurn } from "@/lib/db/read-in-turn";
import { tenantSessionOf } from "@/tests/support/reporting";

let staff: TenantSession;
beforeAll(async () => {
  staff = await tenantSessionOf("jinfeng.staff");
});

/** Settled or not, without waiting for it. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol("pending");
  return (await Promise.race([promise.then(() => true, () => true), Promise.resolve(pending)])) !== pending;
}

describe("reads in one transaction", () => {
  it("settles each read as soon as it is done, before the next has run", async () => {
    const first = pendingRead<string>();
    const second = pendingRead<string>();
    let releaseSecond!: () => void;
    const gate = new Promise<void>((resolve) => (releaseSecond = resolve));
    readInTurn(staff, [first, second], async (tx) => {
      const [row] = await tx.$queryRaw<{ tenant: string }[]>`SELECT current_setting('app.tenant_id') AS tenant`;
      first.settle(row!.tenant);
      await gate;
      second.settle("second");
    });
    expect(await first.promise).toBe(staff.tenant.tenantId);
    expect(await isSettled(second.promise)).toBe(false);
    releaseSecond();
    expect(await second.promise).toBe("second");
  });

  it("runs read only, in the caller's tenant", async () => {
    const wrote = pendingRead<number>();
    readInTurn(staff, [wrote], async (tx) => {
      wrote.settle(await tx.$executeRaw`UPDATE tasks SET progress = progress WHERE tenant_id = ${staff.tenant.tenantId}::uuid`);
    });
    await expect(wrote.promise).rejects.toThrow(/read-only/);
  });

  it("fails the reads after a failed one with its error, and keeps the ones before", async () => {
    const before = pendingRead<number>();
    const failing = pendingRead<number>();
    const after = pendingRead<number>();
    readInTurn(staff, [before, failing, after], async (tx) => {
      before.settle(1);
      failing.settle(await tx.$queryRaw<number>`SELECT 1 / 0`);
      after.settle(3);
    });
    expect(await before.promise).toBe(1);
    await expect(failing.promise).rejects.toThrow(/division by zero/);
    await expect(after.promise).rejects.toThrow(/division by zero/);
  });

  it("fails a read the transaction never settled instead of leaving it waiting", async () => {
    const settled = pendingRead<string>();
    const forgotten = pendingRead<string>();
    readInTurn(staff, [settled, forgotten], async () => {
      settled.settle("done");
    });
    expect(await settled.promise).toBe("done");
    await expect(forgotten.promise).rejects.toThrow(/not run/);
  });
});
