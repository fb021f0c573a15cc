// How long the province took to generate, kept in the benchmark database
// itself (schema `bench`, outside the app's migrations and its row-level
// security), so a run reports it whichever machine or command generated the
// data: `npm run bench:seed` and the benchmark's own first run both write it.
// A province extended in several runs adds up their times.
import type pg from "pg";

export interface GenerationTime {
  seconds: number;
  runs: number;
}

export async function recordGeneration(client: pg.Client, districts: { total: number; generated: number }, seconds: number): Promise<void> {
  // A role that may not create schemas (the generator run as a forced-RLS role in its test) records nothing:
  // the time is a figure about the province, never a reason to fail writing it.
  const { rows } = await client.query<{ exists: boolean; canCreate: boolean }>(
    `SELECT to_regclass('bench.generation') IS NOT NULL AS exists, has_database_privilege(current_database(), 'CREATE') AS "canCreate"`,
  );
  if (!rows[0]?.exists && !rows[0]?.canCreate) return;
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench;
    CREATE TABLE IF NOT EXISTS bench.generation (
      at timestamptz NOT NULL DEFAULT now(), districts int NOT NULL, generated int NOT NULL, seconds numeric NOT NULL)`);
  await client.query("INSERT INTO bench.generation (districts, generated, seconds) VALUES ($1, $2, $3)", [districts.total, districts.generated, seconds]);
}

/** Null for a province generated before the time was recorded. */
export async function readGeneration(client: pg.Client): Promise<GenerationTime | null> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('bench.generation') IS NOT NULL AS exists");
  if (!rows[0]?.exists) return null;
  const { rows: sums } = await client.query<{ seconds: string | null; runs: number }>(
    "SELECT sum(seconds)::text AS seconds, count(*)::int AS runs FROM bench.generation WHERE generated > 0",
  );
  const sum = sums[0];
  return sum?.seconds == null ? null : { seconds: Math.round(Number(sum.seconds)), runs: sum.runs };
}
