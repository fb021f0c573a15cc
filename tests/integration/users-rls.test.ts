// users behind row-level security: the app role, in any transaction, sees only
// the users its scope admits and never a password hash; sign-in reads one
// account's credentials through sign_in_credentials() and nothing more.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { getAuthSession, hasTenant, loadAuthSession } from "@/lib/auth/session";
import { createPrismaClient, getPrisma } from "@/lib/db/client";
import { withCredentials } from "@/lib/db/provision";
import { scopeStatement } from "@/lib/db/scope-statement";
import { assertRlsEnforced } from "@/lib/db/rls-guard";
import { openTenantTransaction, readTenant, withTenant } from "@/lib/db/tenant-scope";
import { listMembers } from "@/lib/members/list-members";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";
import { openSessionFor, ownerDb, signInAs, tenantIdOf, withRawClient } from "@/tests/support/db";

const appUrl = () => process.env.APP_DATABASE_URL!;

/** Runs `sql` as the app role in one transaction with the given scope. */
async function asApp<T>(scope: { tenantId?: string; userId?: string }, sql: string): Promise<T[]> {
  return withRawClient(appUrl(), async (c) => {
    await c.query("BEGIN");
    try {
      const statement = scopeStatement({ tenantId: scope.tenantId ?? null, userId: scope.userId ?? null });
      await c.query(statement.text, statement.values);
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.query("ROLLBACK");
    }
  });
}

async function memberUsernames(code: string): Promise<string[]> {
  const rows = await ownerDb().membership.findMany({ where: { tenant: { code } }, select: { user: { select: { username: true } } } });
  return rows.map((r) => r.user.username).sort();
}

const userIdOf = async (username: string) => (await ownerDb().user.findUniqueOrThrow({ where: { username } })).id;

describe("users behind row-level security", () => {
  it("inside tenant A's transaction, SELECT … FROM users returns A's members only, and no hashes at all", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const rows = await asApp<{ username: string }>({ tenantId: jinfeng }, "SELECT username FROM users ORDER BY username");
    expect(rows.map((r) => r.username)).toEqual(await memberUsernames("jinfeng"));
    expect(rows.map((r) => r.username)).not.toContain("xingqing.staff");
    await expect(asApp({ tenantId: jinfeng }, "SELECT password_hash FROM users")).rejects.toThrow(/permission denied/);
    await expect(asApp({ tenantId: jinfeng }, "SELECT * FROM users")).rejects.toThrow(/permission denied/);
  });

  it("without a scope the app role sees no user; with app.user_id only its own row", async () => {
    expect(await asApp({}, "SELECT id FROM users")).toEqual([]);
    const me = await userIdOf("helan.staff");
    expect(await asApp<{ username: string }>({ userId: me }, "SELECT username FROM users")).toEqual([{ username: "helan.staff" }]);
  });

  it("a platform admin's scope reads every user, still without hashes; nobody else's does", async () => {
    const admin = await userIdOf("platform.admin");
    const [all] = await asApp<{ n: number }>({ userId: admin }, "SELECT count(*)::int AS n FROM users");
    expect(all!.n).toBe(await ownerDb().user.count());
    await expect(asApp({ userId: admin }, "SELECT password_hash FROM users")).rejects.toThrow(/permission denied/);
    const [mine] = await asApp<{ n: number }>({ userId: await userIdOf("jinfeng.admin") }, "SELECT count(*)::int AS n FROM users");
    expect(mine!.n).toBe(1);
  });

  it("sign-in's door returns one account's credentials for its username, nothing for others", async () => {
    const rows = await asApp<{ username: string }>({}, "SELECT * FROM sign_in_credentials('jinfeng.admin')");
    expect(rows).toHaveLength(1);
    expect(await asApp({}, "SELECT * FROM sign_in_credentials('%')")).toEqual([]);
    await expect(authorizeCredentials({ username: "jinfeng.admin", password: DEMO_PASSWORD }, { "x-forwarded-for": "10.9.0.1" })).resolves.toMatchObject({
      name: "金凤区教育局管理员",
    });
  });

  it("the app role can neither make a platform admin nor write the tenant directory, unless a platform admin's", async () => {
    const me = await userIdOf("jinfeng.staff");
    const jinfeng = await tenantIdOf("jinfeng");
    await expect(asApp({ userId: me }, "UPDATE users SET is_platform_admin = true WHERE id = current_setting('app.user_id')::uuid")).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      asApp(
        { tenantId: jinfeng },
        "INSERT INTO users (id, username, display_name, password_hash, is_platform_admin, updated_at) VALUES (gen_random_uuid(), 'sneak', 'x', 'x', true, now())",
      ),
    ).rejects.toThrow(/permission denied/);
    // The tenant directory: only a platform admin's transaction writes it (migration tenant_directory), nobody deletes.
    expect(await asApp({ tenantId: jinfeng, userId: me }, "UPDATE tenants SET parent_id = NULL RETURNING id")).toEqual([]);
    await expect(
      asApp({ tenantId: jinfeng, userId: me }, "INSERT INTO tenants (id, code, name, kind) VALUES (gen_random_uuid(), 'sneak', 'x', 'bureau')"),
    ).rejects.toThrow(/row-level security/);
    const admin = await userIdOf("platform.admin");
    expect(await asApp({ userId: admin }, "UPDATE tenants SET name = name WHERE code = 'jinfeng' RETURNING code")).toEqual([{ code: "jinfeng" }]);
    await expect(asApp({ userId: admin }, "DELETE FROM tenants WHERE code = 'jinfeng'")).rejects.toThrow(/permission denied/);
    await expect(asApp({ userId: me }, "DELETE FROM users")).rejects.toThrow(/permission denied/);
  });

  it("members admin still lists its members through the app role", async () => {
    await signInAs("xingqing.admin");
    const session = await getAuthSession();
    if (!hasTenant(session)) throw new Error("no tenant");
    const page = await readTenant(session, (tx) => listMembers(tx, session.tenant.tenantId, { page: 1 }));
    expect(page.items.map((m) => m.username).sort()).toEqual(await memberUsernames("xingqing"));
    // Prisma reads of users name their columns: a whole-row read would touch password_hash.
    await expect(withTenant(session, (tx) => tx.user.findFirst())).rejects.toThrow();
  });

  it("a tenant's transaction ends only its own members' sessions, even with no filter at all", async () => {
    const own = await openSessionFor("huiji.staff");
    const foreign = await openSessionFor("helan.staff");
    const huiji = await tenantIdOf("huiji");
    await openTenantTransaction(getPrisma(), { tenantId: huiji, userId: null }, (tx) => tx.authSession.updateMany({ data: { revokedAt: new Date() } }));
    expect(await loadAuthSession(own)).toBeNull();
    expect(await loadAuthSession(foreign)).not.toBeNull();
    // And with only app.user_id, a user reaches their own sessions alone.
    const rows = await asApp<{ user_id: string }>({ userId: foreign.userId }, "SELECT DISTINCT user_id::text FROM auth_sessions");
    expect(rows).toEqual([{ user_id: foreign.userId }]);
  });

  it("the server refuses an app role that may read password hashes", async () => {
    const role = `leaky_${randomBytes(4).toString("hex")}`;
    const owner = process.env.TEST_OWNER_DATABASE_URL!;
    await withRawClient(owner, async (c) => {
      await c.query(`CREATE ROLE ${role} LOGIN PASSWORD 'leaky' NOSUPERUSER NOBYPASSRLS`);
      await c.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
    });
    const leaky = createPrismaClient(withCredentials(owner, role, "leaky"), 1);
    try {
      await expect(assertRlsEnforced(leaky)).rejects.toThrow(/password_hash/);
    } finally {
      await leaky.$disconnect();
      await withRawClient(owner, async (c) => {
        await c.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`);
        await c.query(`DROP ROLE ${role}`);
      });
    }
  });
});
