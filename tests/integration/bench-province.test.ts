// The benchmark province generator (bench/seed/generate-province.ts) at N = 2:
// plausible counts, every row in its own district, forced RLS showing the app
// role one district at a time, a rerun adding nothing, and the same rows
// (ids included) from the same seed on another fresh database, there written
// by a role under forced RLS (the staged path) instead of a superuser (COPY).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dropDatabase, ensureDatabase, withCredentials, withDatabase } from "@/lib/db/provision";
import { scopeStatement } from "@/lib/db/scope-statement";
import { COPY_ORDER } from "@/bench/seed/district";
import { generateProvince, type ProvinceSummary } from "@/bench/seed/generate-province";
import { withRawClient } from "@/tests/support/db";

const N = 2;
const ownerUrl = () => process.env.TEST_OWNER_DATABASE_URL!;
const secondDb = `eduplan_bench_t_${randomBytes(4).toString("hex")}`;
const secondUrl = withDatabase(inject("adminUrl"), secondDb);
const thirdDb = `eduplan_bench_c_${randomBytes(4).toString("hex")}`;
const writerRole = `bench_writer_${randomBytes(4).toString("hex")}`;

const DISTRICTS = "(SELECT id FROM tenants WHERE code LIKE 'district-%')";
/** Tables with a tenant_id the generator writes (users are global). */
const TENANT_TABLES = COPY_ORDER.filter((t) => t !== "users");
/** A fingerprint of everything the generator wrote, comparable across databases. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withRawClient(url, async (c) => {
    const out: Record<string, string> = {};
    for (const table of TENANT_TABLES) {
      const { rows } = await c.query<{ n: string; digest: string }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t WHERE tenant_id IN ${DISTRICTS}`,
      );
      out[table] = `${rows[0]!.n}:${rows[0]!.digest}`;
    }
    // Users minus the password hash (argon2 salts every hash).
    const users = await c.query<{ digest: string }>(
      "SELECT md5(string_agg(concat_ws(',', id, username, display_name, created_at), '|' ORDER BY id)) AS digest FROM users WHERE username LIKE 'district-%' OR username LIKE 'city-%'",
    );
    out.users = users.rows[0]!.digest;
    const tenants = await c.query<{ digest: string }>(
      "SELECT md5(string_agg(concat_ws(',', id, code, name, kind, parent_id), '|' ORDER BY code)) AS digest FROM tenants WHERE code LIKE 'district-%' OR code LIKE 'city-%'",
    );
    out.tenants = tenants.rows[0]!.digest;
    return out;
  });
}

describe("benchmark province generator", () => {
  let first: ProvinceSummary;

  beforeAll(async () => {
    first = await generateProvince({ ownerUrl: ownerUrl(), tenants: N });
  });

  afterAll(async () => {
    await dropDatabase(inject("adminUrl"), secondDb);
    await dropDatabase(inject("adminUrl"), thirdDb);
    await withRawClient(withDatabase(inject("adminUrl"), "postgres"), (c) => c.query(`DROP ROLE IF EXISTS ${writerRole}`));
  });

  it("generates a plausible province of N districts under one city", async () => {
    expect(first.generated).toEqual(["district-001", "district-002"]);
    expect(first.cities).toBe(1);
    expect(first.rows.tenants).toBe(3);
    // ~200 tasks and ~5k reports per district (about 20k and 500k at N = 100).
    expect(first.rows.tasks).toBeGreaterThan(150 * N);
    expect(first.rows.tasks).toBeLessThan(400 * N);
    expect(first.rows.report_slots).toBeGreaterThan(2_000 * N);
    expect(first.rows.reports).toBeGreaterThan(0.9 * first.rows.report_slots);
    expect(first.rows.report_events).toBeGreaterThan(2 * first.rows.reports);
    expect(first.rows.indicator_actuals).toBeGreaterThan(0);
    expect(first.rows.task_status_events).toBeGreaterThan(first.rows.tasks);

    await withRawClient(ownerUrl(), async (c) => {
      const tenants = await c.query<{ code: string; kind: string; parent: string | null }>(
        "SELECT t.code, t.kind, p.code AS parent FROM tenants t LEFT JOIN tenants p ON p.id = t.parent_id WHERE t.code LIKE 'district-%' OR t.code LIKE 'city-%' ORDER BY t.code",
      );
      expect(tenants.rows).toEqual([
        { code: "city-001", kind: "city", parent: null },
        { code: "district-001", kind: "bureau", parent: "city-001" },
        { code: "district-002", kind: "bureau", parent: "city-001" },
      ]);
      const plans = await c.query<{ plans: number; periods: number }>(
        `SELECT count(*)::int AS plans, min(n)::int AS periods FROM (
           SELECT p.id, count(rp.id) AS n FROM plans p LEFT JOIN reporting_periods rp ON rp.tenant_id = p.tenant_id AND rp.plan_id = p.id
           WHERE p.tenant_id IN ${DISTRICTS} GROUP BY p.id) x`,
      );
      expect(plans.rows[0]!.plans).toBeGreaterThanOrEqual(4 * N);
      expect(plans.rows[0]!.plans).toBeLessThanOrEqual(6 * N);
      expect(plans.rows[0]!.periods).toBe(36);
      const roles = await c.query<{ role: string; n: number }>(
        `SELECT role, count(*)::int AS n FROM memberships WHERE tenant_id = (SELECT id FROM tenants WHERE code = 'district-001') GROUP BY role ORDER BY role`,
      );
      const byRole = Object.fromEntries(roles.rows.map((r) => [r.role, r.n]));
      expect(byRole).toMatchObject({ bureau_admin: 1, bureau_staff: 1, leader: 1 });
      expect(byRole.unit_reporter).toBeGreaterThanOrEqual(5);
      expect(byRole.unit_reporter).toBeLessThanOrEqual(10);
      const mapped = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM indicators WHERE tenant_id IN ${DISTRICTS} AND mapping_state = 'confirmed' AND definition_id IS NOT NULL`,
      );
      expect(mapped.rows[0]!.n).toBeGreaterThan(0);
    });
  });

  it("puts every row in its own district, with people of that district", async () => {
    await withRawClient(ownerUrl(), async (c) => {
      // All rows the summary reports are in the generated districts (or their city).
      for (const table of TENANT_TABLES) {
        const { rows } = await c.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${table}" WHERE tenant_id IN (SELECT id FROM tenants WHERE code LIKE 'district-%' OR code LIKE 'city-%')`,
        );
        expect(rows[0]!.n, table).toBe(first.rows[table]);
      }
      // Accounts named after their tenant; authors, reviewers and actors members of the row's tenant.
      const foreign = await c.query<{ n: number }>(
        `SELECT (
           (SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id JOIN tenants t ON t.id = m.tenant_id
             WHERE t.code LIKE 'district-%' AND u.username NOT LIKE t.code || '.%')
         + (SELECT count(*) FROM reports r WHERE r.tenant_id IN ${DISTRICTS}
             AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = r.tenant_id AND m.user_id = r.author_user_id))
         + (SELECT count(*) FROM reports r WHERE r.tenant_id IN ${DISTRICTS} AND r.reviewer_user_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = r.tenant_id AND m.user_id = r.reviewer_user_id))
         + (SELECT count(*) FROM report_events e WHERE e.tenant_id IN ${DISTRICTS}
             AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = e.tenant_id AND m.user_id = e.actor_user_id))
         + (SELECT count(*) FROM people p WHERE p.tenant_id IN ${DISTRICTS} AND p.user_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = p.tenant_id AND m.user_id = p.user_id AND m.role = 'leader'))
         )::int AS n`,
      );
      expect(foreign.rows[0]!.n).toBe(0);
      // A report's status is its slot's (resubmitted → submitted, approved after return → approved).
      const mismatched = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reports r JOIN report_slots s ON s.tenant_id = r.tenant_id AND s.id = r.slot_id
         WHERE r.tenant_id IN ${DISTRICTS} AND s.status::text <> r.status::text`,
      );
      expect(mismatched.rows[0]!.n).toBe(0);
    });
  });

  it("shows the app role one district at a time under forced RLS", async () => {
    const district = await withRawClient(ownerUrl(), async (c) => {
      const { rows } = await c.query<{ id: string; tasks: number; reports: number }>(
        `SELECT t.id, (SELECT count(*)::int FROM tasks WHERE tenant_id = t.id) AS tasks, (SELECT count(*)::int FROM reports WHERE tenant_id = t.id) AS reports
         FROM tenants t WHERE t.code = 'district-001'`,
      );
      return rows[0]!;
    });
    await withRawClient(process.env.APP_DATABASE_URL!, async (c) => {
      const unscoped = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM tasks");
      expect(unscoped.rows[0]!.n).toBe(0);
      await c.query("BEGIN");
      const scope = scopeStatement({ tenantId: district.id, userId: null });
      await c.query(scope.text, scope.values);
      const seen = await c.query<{ tasks: number; task_tenants: number; reports: number; report_tenants: number }>(
        `SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(DISTINCT tenant_id)::int FROM tasks) AS task_tenants,
                (SELECT count(*)::int FROM reports) AS reports, (SELECT count(DISTINCT tenant_id)::int FROM reports) AS report_tenants`,
      );
      await c.query("COMMIT");
      expect(seen.rows[0]).toEqual({ tasks: district.tasks, task_tenants: 1, reports: district.reports, report_tenants: 1 });
    });
  });

  it("adds nothing when run again", async () => {
    const before = await fingerprint(ownerUrl());
    const again = await generateProvince({ ownerUrl: ownerUrl(), tenants: N });
    expect(again.generated).toEqual([]);
    expect(again.skipped).toEqual(["district-001", "district-002"]);
    expect(again.totalRows).toBe(0);
    expect(await fingerprint(ownerUrl())).toEqual(before);
  });

  it("writes the same rows from the same seed on another fresh database, also as a role under forced RLS", async () => {
    await ensureDatabase(inject("adminUrl"), secondDb, inject("templateDb"));
    // A role with an owner's table privileges but subject to forced RLS, like an
    // external owner without BYPASSRLS: COPY is refused there, so the generator
    // stages through temporary tables. (Not the app role: it may not write the
    // tenant directory or platform-admin flags.)
    await withRawClient(secondUrl, async (c) => {
      await c.query(`CREATE ROLE ${writerRole} LOGIN PASSWORD 'writer' NOSUPERUSER NOBYPASSRLS`);
      await c.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${writerRole}`);
      await c.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${writerRole}`);
      // An external owner owns the tables its migrations created. The tenant
      // directory's RLS is enabled, not forced (migration tenant_directory), so
      // its owner writes it directly, as `npm run tenant:create` does.
      await c.query(`ALTER TABLE tenants OWNER TO ${writerRole}`);
    });
    const rlsBound = withCredentials(secondUrl, writerRole, "writer");
    const second = await generateProvince({ ownerUrl: rlsBound, tenants: N });
    expect(second.rows).toEqual(first.rows);
    const titles = async (url: string) =>
      withRawClient(url, async (c) =>
        (await c.query<{ title: string }>(`SELECT title FROM tasks WHERE tenant_id IN ${DISTRICTS} ORDER BY title COLLATE "C", id`)).rows.map((r) => r.title),
      );
    expect(await titles(secondUrl)).toEqual(await titles(ownerUrl()));
    expect(await fingerprint(secondUrl)).toEqual(await fingerprint(ownerUrl()));
  });

  it("groups districts into cities of the size asked for, with the same district rows", async () => {
    await ensureDatabase(inject("adminUrl"), thirdDb, inject("templateDb"));
    const thirdUrl = withDatabase(inject("adminUrl"), thirdDb);
    const oneEach = await generateProvince({ ownerUrl: thirdUrl, tenants: N, districtsPerCity: 1 });
    expect(oneEach.cities).toBe(2);
    const parents = await withRawClient(thirdUrl, async (c) =>
      (
        await c.query<{ code: string; parent: string }>(
          "SELECT t.code, p.code AS parent FROM tenants t JOIN tenants p ON p.id = t.parent_id WHERE t.code LIKE 'district-%' ORDER BY t.code",
        )
      ).rows.map((r) => `${r.code}→${r.parent}`),
    );
    expect(parents).toEqual(["district-001→city-001", "district-002→city-002"]);
    const districtRows = (f: Record<string, string>) => Object.fromEntries(TENANT_TABLES.map((t) => [t, f[t]]));
    expect(districtRows(await fingerprint(thirdUrl))).toEqual(districtRows(await fingerprint(ownerUrl())));
  });
});
