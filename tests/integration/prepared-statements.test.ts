// The app's Prisma client names its statements on a direct connection
// (decision 0044), and a statement served from PostgreSQL's plan cache,
// generic plan included, still sees only the tenant of its transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ownerDb, tenantIdOf } from "@/tests/support/db";

describe("named prepared statements", () => {
  let app: PrismaClient;
  beforeAll(() => {
    // One connection, so every transaction below reuses the statements the earlier ones prepared.
    app = createPrismaClient(process.env.APP_DATABASE_URL!, 1);
  });
  afterAll(() => app?.$disconnect());

  const unitsOf = (tenantId: string) =>
    openTenantTransaction(app, { tenantId, userId: null }, async (tx) => {
      const rows = await tx.orgUnit.findMany({ select: { tenantId: true } });
      const [raw] = await tx.$queryRaw<{ tenants: number; units: number }[]>`
        SELECT count(DISTINCT tenant_id)::int AS tenants, count(*)::int AS units FROM org_units`;
      return { prismaTenants: [...new Set(rows.map((r) => r.tenantId))], prismaUnits: rows.length, ...raw! };
    });

  it("prepares the scope statement and the queries once on the connection", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    await unitsOf(jinfeng);
    const prepared = await openTenantTransaction(
      app,
      { tenantId: jinfeng, userId: null },
      (tx) => tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements ORDER BY name`,
    );
    expect(prepared.map((p) => p.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^eduplan_[0-9a-f]{24}$/)]));
    expect(prepared.some((p) => p.statement.includes("set_config('app.tenant_id'"))).toBe(true);
    expect(prepared.some((p) => p.statement.includes('"org_units"'))).toBe(true);
  });

  it("keeps each tenant to its own rows after the plan cache has switched to a generic plan", async () => {
    const [jinfeng, xingqing] = await Promise.all([tenantIdOf("jinfeng"), tenantIdOf("xingqing")]);
    const own = async (id: string) => ownerDb().orgUnit.count({ where: { tenantId: id } });
    const expected = { [jinfeng]: await own(jinfeng), [xingqing]: await own(xingqing) };
    // Past PostgreSQL's five custom plans, alternating tenants on the same prepared statements.
    for (let i = 0; i < 12; i++) {
      const tenantId = i % 2 === 0 ? jinfeng : xingqing;
      const seen = await unitsOf(tenantId);
      expect(seen).toEqual({ prismaTenants: [tenantId], prismaUnits: expected[tenantId], tenants: 1, units: expected[tenantId] });
    }
    // The queries above did run on generic plans (PostgreSQL counts them per statement).
    const plans = await openTenantTransaction(
      app,
      { tenantId: jinfeng, userId: null },
      (tx) => tx.$queryRaw<{ generic: number }[]>`SELECT generic_plans::int AS generic FROM pg_prepared_statements WHERE statement LIKE '%org_units%'`,
    );
    expect(plans.some((p) => p.generic > 0)).toBe(true);
  });
});
