import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema, readMigrationsList } from "@/lib/db/migrations";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/provision";
import { withRawClient } from "@/tests/support/db";

async function withEmptyDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const adminUrl = inject("adminUrl");
  const name = `eduplan_m_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  try {
    return await fn(withDatabase(adminUrl, name));
  } finally {
    await dropDatabase(adminUrl, name);
  }
}

describe("migrations", () => {
  it("apply from an empty database, record themselves, and apply nothing the second time", async () => {
    await withEmptyDatabase(async (url) => {
      const all = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
      expect(all.length).toBeGreaterThan(0);
      expect(await applyMigrations(url)).toEqual(all);
      expect(await applyMigrations(url)).toEqual([]);
      const recorded = await withRawClient(url, (c) =>
        c.query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name"),
      );
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(all);
    });
  });

  it("replayed from empty produce exactly schema.prisma (no drift)", async () => {
    await withEmptyDatabase(async (url) => {
      expect(await diffMigrationsToSchema(url)).toBe("");
    });
  });

  it("put every tenant-owned table under forced row-level security with a tenant policy", async () => {
    await withEmptyDatabase(async (url) => {
      await applyMigrations(url);
      const rows = await withRawClient(url, (c) =>
        c.query<{ table_name: string; rls: boolean; forced: boolean; policies: string[] }>(`
          SELECT c.relname AS table_name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
                 COALESCE(array_agg(p.polname) FILTER (WHERE p.polname IS NOT NULL), '{}') AS policies
          FROM information_schema.columns col
          JOIN pg_class c ON c.relname = col.table_name AND c.relkind = 'r'
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          LEFT JOIN pg_policy p ON p.polrelid = c.oid
          WHERE col.table_schema = 'public' AND col.column_name = 'tenant_id'
          GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity ORDER BY 1`),
      );
      expect(rows.rows.length).toBeGreaterThanOrEqual(11);
      for (const row of rows.rows) {
        expect({ table: row.table_name, rls: row.rls, forced: row.forced, hasPolicy: row.policies.includes("tenant_isolation") }).toEqual({
          table: row.table_name,
          rls: true,
          forced: true,
          hasPolicy: true,
        });
      }
      // Each policy reads its setting once per statement (a scalar subquery, an InitPlan), not once per row.
      const perRow = await withRawClient(url, (c) =>
        c.query<{ policy: string }>(`
          SELECT p.polname || ' ON ' || c.relname AS policy FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
          WHERE pg_get_expr(p.polqual, p.polrelid) LIKE '%current_setting%' AND pg_get_expr(p.polqual, p.polrelid) NOT LIKE '%SELECT%'
          ORDER BY 1`),
      );
      expect(perRow.rows.map((r) => r.policy)).toEqual([]);
    });
  });
});

describe("app role", () => {
  it("may append to history tables but never rewrite them", async () => {
    const rows = await withRawClient(process.env.APP_DATABASE_URL!, (c) =>
      c.query<{ table_name: string; can_insert: boolean; can_update: boolean; can_delete: boolean }>(`
        SELECT t AS table_name, has_table_privilege(t, 'INSERT') AS can_insert,
               has_table_privilege(t, 'UPDATE') AS can_update, has_table_privilege(t, 'DELETE') AS can_delete
        FROM unnest(ARRAY['audit_events', 'task_status_events', 'report_events']) AS t ORDER BY 1`),
    );
    expect(rows.rows).toEqual(
      ["audit_events", "report_events", "task_status_events"].map((table_name) => ({ table_name, can_insert: true, can_update: false, can_delete: false })),
    );
  });
});
