// `npm start`'s database path from nothing: initialise, migrate, seed, stop,
// start again on the same directory, and seed again without duplicates.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/runtime";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { withRawClient } from "@/tests/support/db";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function counts(url: string) {
  return withRawClient(url, async (c) => {
    const q = async (sql: string) => (await c.query<{ n: number }>(sql)).rows[0]!.n;
    return {
      tenants: await q("SELECT count(*)::int AS n FROM tenants"),
      users: await q("SELECT count(*)::int AS n FROM users"),
      memberships: await q("SELECT count(*)::int AS n FROM memberships"),
      units: await q("SELECT count(*)::int AS n FROM org_units"),
      people: await q("SELECT count(*)::int AS n FROM people"),
    };
  });
}

describe("embedded database", () => {
  it("starts from nothing, survives a restart with data intact, and a second seed duplicates nothing", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "eduplan-life-"));
    dirs.push(dataDir);
    const port = await findFreePort();
    const log = () => {};

    const first = await prepareDatabase({ dataDir, embeddedPort: port, log });
    expect(first.embedded).toBe(true);
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    const owner = createPrismaClient(first.ownerUrl, 1);
    expect(await seedDemo(owner)).toEqual({ tenantsCreated: 6, usersCreated: 19, plansImported: 5 });
    // A user-made change that must survive.
    await owner.user.update({ where: { username: "jinfeng.staff" }, data: { displayName: "改过的名字" } });
    await owner.$disconnect();
    const before = await counts(first.ownerUrl);
    expect(before.tenants).toBe(6);
    await first.stop();

    const second = await prepareDatabase({ dataDir, embeddedPort: port, log });
    try {
      expect(second.appliedMigrations).toEqual([]);
      expect(second.ownerUrl).toBe(first.ownerUrl);
      const again = createPrismaClient(second.ownerUrl, 1);
      expect(await seedDemo(again)).toEqual({ tenantsCreated: 0, usersCreated: 0, plansImported: 0 });
      expect((await again.user.findUniqueOrThrow({ where: { username: "jinfeng.staff" } })).displayName).toBe("改过的名字");
      await again.$disconnect();
      expect(await counts(second.ownerUrl)).toEqual(before);
      // The app role works after the restart (its password is kept with the data).
      await expect(withRawClient(second.appUrl, (c) => c.query("SELECT 1"))).resolves.toBeTruthy();
    } finally {
      await second.stop();
    }
  });
});
