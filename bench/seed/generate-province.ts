// The synthetic province for benchmarks: N district bureaus (about ten per
// city), each with 4–6 plans built from the five public documents, units,
// leaders, accounts and three years of monthly reporting (periods, slots,
// reports with their events, indicator actuals, task status history).
//
// Deterministic: a fixed seed and a fixed "today" give the same rows (ids
// included) on every run; only the password hash (argon2 salts itself) and the
// catalogue's ids (made by whichever database seeded it) differ between
// databases. At N = 100: ~20k tasks, ~0.5M reports, ~1.6M report events.
//
// Loading: rows are generated in memory per district and streamed with COPY,
// one transaction per district whose first statement sets app.tenant_id. On
// the embedded server the owner is a superuser and COPY writes directly (RLS
// is not evaluated). An owner subject to FORCE ROW LEVEL SECURITY cannot COPY
// into those tables at all, so for it each table goes through a temporary
// table and INSERT … SELECT, checked by the policies against app.tenant_id
// (same rows; at N = 10 no slower than direct COPY). A district is written
// whole or not at all; districts already present are skipped, so a rerun adds
// nothing and an interrupted run can be resumed (or a smaller province grown).
import { createPrismaClient } from "@/lib/db/client";
import { todayInChina } from "@/lib/reports/periods";
import { seedIndicatorCatalogue } from "@/lib/indicators/seed-catalogue";
import { openProvinceLoader, type ProvinceLoader, type ProvinceRun } from "./province-loader";
import { addCities } from "./province-cities";
import { addDistricts } from "./province-districts";
import { BENCH_SEED, BENCH_TODAY, DISTRICTS_PER_CITY, districtCode, reportingWindow, type ProvinceSummary } from "./province-shape";
import { COPY_ORDER } from "./tables";
import { recordGeneration } from "./generation-log";

export * from "./province-shape";

export interface GenerateProvinceOptions {
  /** Owner connection (runs the catalogue seed and the COPYs). */
  ownerUrl: string;
  /** Number of district bureaus. */
  tenants: number;
  /** Districts to a city (default DISTRICTS_PER_CITY): district i belongs to city ceil(i / k). */
  districtsPerCity?: number;
  seed?: number;
  /** The generated "today" (default BENCH_TODAY); only its calendar date in China counts. */
  today?: Date;
  log?: (line: string) => void;
}

export async function generateProvince(options: GenerateProvinceOptions): Promise<ProvinceSummary> {
  const log = options.log ?? (() => {});
  const n = options.tenants;
  if (!Number.isInteger(n) || n < 1) throw new Error(`tenants must be a positive integer, got ${n}`);
  const perCity = options.districtsPerCity ?? DISTRICTS_PER_CITY;
  if (!Number.isInteger(perCity) || perCity < 1) throw new Error(`districtsPerCity must be a positive integer, got ${perCity}`);
  const today = todayInChina(options.today ?? new Date(`${BENCH_TODAY}T04:00:00Z`));
  const started = Date.now();
  const summary: ProvinceSummary = {
    seed: options.seed ?? BENCH_SEED,
    today: today.toISOString().slice(0, 10),
    cities: Math.ceil(n / perCity),
    districts: n,
    districtsPerCity: perCity,
    generated: [],
    skipped: [],
    rows: Object.fromEntries(["tenants", ...COPY_ORDER].map((t) => [t, 0])) as ProvinceSummary["rows"],
    totalRows: 0,
    seconds: 0,
  };
  await seedCatalogue(options.ownerUrl);
  const loader = await openProvinceLoader(options.ownerUrl, log);
  try {
    await load(loader, summary, { today: today.getTime(), periods: reportingWindow(today), started, log });
    if (summary.generated.length > 0) await recordGeneration(loader.client, { total: n, generated: summary.generated.length }, (Date.now() - started) / 1000);
  } finally {
    await loader.client.end();
  }
  summary.totalRows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The catalogue first: indicators are mapped onto it (through the app's own suggestion rules). */
async function seedCatalogue(ownerUrl: string): Promise<void> {
  const prisma = createPrismaClient(ownerUrl, 2);
  try {
    await seedIndicatorCatalogue(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

async function load(loader: ProvinceLoader, summary: ProvinceSummary, when: Pick<ProvinceRun, "today" | "periods" | "started" | "log">): Promise<void> {
  const { log } = when;
  const n = summary.districts;
  const codes = Array.from({ length: n }, (_, i) => districtCode(i + 1));
  const missing = codes.filter((code) => !loader.existing.has(code));
  if (missing.length === 0) {
    log(`样例省份已存在（${n} 个区县），未重复生成；需要重新生成请加 --fresh`);
    summary.skipped = codes;
    return;
  }
  if (missing.length < n) log(`已有 ${n - missing.length} 个区县，继续生成其余 ${missing.length} 个`);
  const run: ProvinceRun = { ...(await loader.prepare(when.periods)), ...when, summary };
  const cityIds = await addCities(run);
  await addDistricts(run, cityIds);
  log("更新统计信息（ANALYZE）…");
  await loader.client.query("ANALYZE");
}
