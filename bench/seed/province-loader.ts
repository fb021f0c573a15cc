// The benchmark province's connection: bulk settings, one generator at a time,
// what is there already, and what every district is built from (catalogue,
// templates, one password hash), plus a tenant-scoped transaction that works
// under FORCE RLS for a non-superuser owner too.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { scopeStatement } from "@/lib/db/scope-statement";
import type { PeriodSpec } from "@/lib/reports/periods";
import { bypassesRls } from "./copy";
import type { CatalogueEntry } from "./district-context";
import { BENCH_PASSWORD, type ProvinceSummary } from "./province-shape";
import { loadPlanTemplates, type PlanTemplate } from "./templates";

export interface ProvinceLoader {
  client: pg.Client;
  /** Tenant code → id of the cities and districts already there. */
  existing: Map<string, string>;
  prepare: (periods: PeriodSpec[]) => Promise<ProvinceInputs>;
}

export interface ProvinceInputs {
  client: pg.Client;
  existing: Map<string, string>;
  catalogue: CatalogueEntry[];
  templates: PlanTemplate[];
  passwordHash: string;
  /** Through temporary tables (a role under RLS) rather than COPY straight in. */
  viaStaging: boolean;
  /** When the province's tenants were created: 90 days before the window. */
  setupAt: number;
}

/** What one load needs, for the city and district loaders. */
export type ProvinceRun = ProvinceInputs & {
  summary: ProvinceSummary;
  /** The generated "today" (UTC midnight, epoch ms). */
  today: number;
  periods: PeriodSpec[];
  started: number;
  log: (line: string) => void;
};

export async function openProvinceLoader(ownerUrl: string, log: (line: string) => void): Promise<ProvinceLoader> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    // No statement timeout for bulk work; commits need not wait for the disk (a crash loses a district, never corrupts one).
    await client.query("SET statement_timeout = 0");
    await client.query("SET synchronous_commit = off");
    // Two generators on one database: the second waits, then finds the districts the first wrote.
    await client.query("SELECT pg_advisory_lock(hashtext('eduplan.bench.province'))");
    const { rows } = await client.query<{ code: string; id: string }>("SELECT code, id FROM tenants WHERE code LIKE 'district-%' OR code LIKE 'city-%'");
    const existing = new Map(rows.map((r) => [r.code, r.id]));
    return { client, existing, prepare: (periods) => prepare(client, existing, periods, log) };
  } catch (err) {
    await client.end();
    throw err;
  }
}

async function prepare(client: pg.Client, existing: Map<string, string>, periods: PeriodSpec[], log: (line: string) => void): Promise<ProvinceInputs> {
  const catalogue: CatalogueEntry[] = (
    await client.query<{ id: string; code: string; name: string; synonyms: string[]; unit: string | null; current_version: number }>(
      "SELECT id, code, name, synonyms, unit, current_version FROM indicator_definitions ORDER BY code",
    )
  ).rows.map((r) => ({ id: r.id, code: r.code, name: r.name, synonyms: r.synonyms, unit: r.unit, currentVersion: r.current_version }));
  const viaStaging = !(await bypassesRls(client));
  log(viaStaging ? "连接角色受行级安全约束：经临时表写入（较慢）" : "以 COPY 直接写入");
  const templates = await loadPlanTemplates();
  // One argon2 hash for every account: hashing per user would take minutes.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const setupAt = periods[0]!.startsOn.getTime() - 90 * 86_400_000;
  return { client, existing, catalogue, templates, passwordHash, viaStaging, setupAt };
}

/** One transaction scoped to the tenant (works under FORCE RLS for a non-superuser owner too). */
export async function inTenantTransaction(client: pg.Client, tenantId: string, fn: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    const scope = scopeStatement({ tenantId, userId: null }, { statementTimeoutMs: 0 });
    await client.query(scope.text, scope.values);
    await fn();
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}
