// The app's scope statement sent through a bare `pg` client, as the benchmarks
// and the province loader send it: the same tenant scope, child list and
// READ ONLY as withTenant / withChildTenants, for the app role under RLS.
import { describe, expect, it } from "vitest";
import { scopeStatement, type ScopeSpec } from "@/lib/db/scope-statement";
import { ownerDb, tenantIdOf, withRawClient } from "@/tests/support/db";

/** Runs `body` as the app role in one transaction opened with the scope statement; rolls back. */
async function scoped<T>(scope: ScopeSpec, readOnly: boolean, body: (query: (sql: string) => Promise<unknown[]>, children: unknown) => Promise<T>) {
  return withRawClient(process.env.APP_DATABASE_URL!, async (c) => {
    const statement = scopeStatement(scope, { readOnly });
    await c.query("BEGIN");
    try {
      const [row] = (await c.query(statement.text, statement.values)).rows;
      return await body(async (sql) => (await c.query(sql)).rows, row.children);
    } finally {
      await c.query("ROLLBACK");
    }
  });
}

describe("the scope statement through a bare pg client", () => {
  it("shows the scoped tenant's rows and no other tenant's", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const own = await ownerDb().orgUnit.count({ where: { tenantId: jinfeng } });
    const seen = await scoped({ tenantId: jinfeng, userId: null }, true, (q) =>
      q("SELECT count(*)::int AS n, count(DISTINCT tenant_id)::int AS tenants FROM org_units"),
    );
    expect(own).toBeGreaterThan(0);
    expect(seen).toEqual([{ n: own, tenants: 1 }]);
  });

  it("makes a read transaction refuse writes, and leaves a write transaction writable", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const insert = `INSERT INTO people (id, tenant_id, name) VALUES (gen_random_uuid(), '${jinfeng}', '只读测试')`;
    await expect(scoped({ tenantId: jinfeng, userId: null }, true, (q) => q(insert))).rejects.toThrow(/read-only transaction/);
    await expect(scoped({ tenantId: jinfeng, userId: null }, false, (q) => q(insert))).resolves.toEqual([]);
  });

  it("lists a city's districts from the hierarchy and admits reading them", async () => {
    const yinchuan = await tenantIdOf("yinchuan");
    const { children, tenants } = await scoped({ tenantId: yinchuan, userId: null, childrenOf: yinchuan }, true, async (q, children) => ({
      children,
      tenants: (await q("SELECT count(DISTINCT tenant_id)::int AS n FROM plans"))[0],
    }));
    expect((children as { code: string }[]).map((c) => c.code)).toEqual(["helan", "jinfeng", "xingqing"]);
    expect(tenants).toEqual({ n: 3 });
  });
});
