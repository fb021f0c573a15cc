import { describe, expect, it } from "vitest";
import { getAuthSession, hasTenant, type TenantSession } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/client";
import { assertRlsEnforced } from "@/lib/db/rls-guard";
import { appClient, openTenantTransaction, withTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { createPrismaClient } from "@/lib/db/client";
import { getUnit } from "@/lib/org/get-unit";
import { listUnits } from "@/lib/org/list-units";
import { ownerDb, signInAs, tenantIdOf, withRawClient } from "@/tests/support/db";

async function sessionOf(username: string): Promise<TenantSession> {
  await signInAs(username);
  const session = await getAuthSession();
  if (!hasTenant(session)) throw new Error(`${username} has no tenant`);
  return session;
}

async function firstUnitOf(code: string) {
  return ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf(code) }, orderBy: { name: "asc" } });
}

describe("tenant isolation", () => {
  it("the app connects as a role that cannot bypass row-level security", async () => {
    await expect(appClient()).resolves.toBeTruthy();
    const rows = await withRawClient(process.env.APP_DATABASE_URL!, (c) => c.query("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"));
    expect(rows.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it("refuses to serve through a superuser connection", async () => {
    const owner = createPrismaClient(process.env.TEST_OWNER_DATABASE_URL!, 1);
    await expect(assertRlsEnforced(owner)).rejects.toThrow(/bypasses row-level security/);
    await owner.$disconnect();
  });

  it("RLS returns nothing to a raw query that omits the tenant", async () => {
    const result = await withRawClient(process.env.APP_DATABASE_URL!, async (c) => ({
      units: (await c.query("SELECT count(*)::int AS n FROM org_units")).rows[0].n,
      memberships: (await c.query("SELECT count(*)::int AS n FROM memberships")).rows[0].n,
      people: (await c.query("SELECT count(*)::int AS n FROM people")).rows[0].n,
    }));
    expect(result).toEqual({ units: 0, memberships: 0, people: 0 });
    expect(await ownerDb().orgUnit.count()).toBeGreaterThan(40);
  });

  it("RLS shows only the scoped tenant's rows, even to a query without a tenant filter", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const units = await openTenantTransaction(getPrisma(), { tenantId: jinfeng, userId: null }, (tx) => tx.orgUnit.findMany());
    expect(units.length).toBe(await ownerDb().orgUnit.count({ where: { tenantId: jinfeng } }));
    expect(new Set(units.map((u) => u.tenantId))).toEqual(new Set([jinfeng]));
  });

  it("RLS refuses to write a row into another tenant", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const xingqing = await tenantIdOf("xingqing");
    await expect(
      openTenantTransaction(getPrisma(), { tenantId: jinfeng, userId: null }, (tx) =>
        tx.orgUnit.create({ data: { tenantId: xingqing, name: "越权创建的单位", kind: "department" } }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerDb().orgUnit.count({ where: { name: "越权创建的单位" } })).toBe(0);
  });

  it("composite keys stop a row from pointing into another tenant, even for the owner", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const foreignUnit = await firstUnitOf("xingqing");
    const user = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.staff" } });
    await expect(
      ownerDb().membership.update({ where: { tenantId_userId: { tenantId: jinfeng, userId: user.id } }, data: { orgUnitId: foreignUnit.id } }),
    ).rejects.toThrow();
  });

  it("loads a child by id AND tenant: another tenant's unit id is not found", async () => {
    const session = await sessionOf("jinfeng.admin");
    const own = await firstUnitOf("jinfeng");
    const foreign = await firstUnitOf("xingqing");
    await expect(withTenant(session, (tx) => getUnit(tx, session.tenant.tenantId, own.id))).resolves.toMatchObject({ name: own.name });
    await expect(withTenant(session, (tx) => getUnit(tx, session.tenant.tenantId, foreign.id))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists are paginated and searchable within the tenant only", async () => {
    const session = await sessionOf("helan.staff");
    const all = await withTenant(session, (tx) => listUnits(tx, session.tenant.tenantId, { page: 1 }));
    expect(all.items.length).toBe(20);
    expect(all.total).toBe(await ownerDb().orgUnit.count({ where: { tenantId: session.tenant.tenantId } }));
    const page2 = await withTenant(session, (tx) => listUnits(tx, session.tenant.tenantId, { page: 2 }));
    expect(page2.items.map((u) => u.id)).not.toContain(all.items[0]!.id);
    const found = await withTenant(session, (tx) => listUnits(tx, session.tenant.tenantId, { page: 1, q: "财政" }));
    expect(found.items.map((u) => u.name)).toEqual(["县财政局"]);
  });
});
