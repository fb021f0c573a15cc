// `npm run bench` options: the province size, how long and how hard each
// load runs, and which benchmarks (--only) to run.
import { parseArgs } from "node:util";

export const BENCHMARKS = [
  "dashboard",
  "tasks",
  "submit",
  "compare",
  "search",
  "parse",
  "pdf",
  "public",
  "drilldown",
  "replica",
  "pgbouncer",
  "balancer",
] as const;
/** Benchmarks measured in this process, with no database or server: `--only parse,pdf` runs just these. */
export const IN_PROCESS_BENCHMARKS: readonly BenchmarkName[] = ["parse", "pdf"];
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface RunOptions {
  tenants: number;
  /** --tenants was given: an existing province of another size is grown or refused. */
  tenantsGiven: boolean;
  /** Districts to a city when the province is generated (--city-size, default 10). */
  citySize: number | undefined;
  fresh: boolean;
  json: boolean;
  durationS: number;
  warmupS: number;
  loadConnections: number;
  reporterCount: number;
  selected: (name: BenchmarkName) => boolean;
  /** Only in-process benchmarks were asked for: no database, province or server is prepared. */
  inProcessOnly: boolean;
}

/** Reads the command line; an unknown benchmark or a bad number throws. */
export function parseRunOptions(args = process.argv.slice(2)): RunOptions {
  const { values } = parseArgs({
    args,
    options: {
      tenants: { type: "string" },
      "city-size": { type: "string" },
      fresh: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "3" },
      connections: { type: "string", default: "10" },
      reporters: { type: "string", default: "50" },
      // Comma-separated subset, e.g. --only submit,dashboard (default: all).
      only: { type: "string" },
    },
  });
  const tenants = Number(values.tenants ?? 100);
  const citySize = values["city-size"] === undefined ? undefined : Number(values["city-size"]);
  if (citySize !== undefined && (!Number.isInteger(citySize) || citySize < 1)) throw new Error(`invalid --city-size: ${values["city-size"]}`);
  const durationS = Number(values.duration);
  const warmupS = Number(values.warmup);
  const loadConnections = Number(values.connections);
  const reporterCount = Number(values.reporters);
  const only = new Set(values.only?.split(",").map((s) => s.trim()) ?? BENCHMARKS);
  for (const name of only)
    if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`unknown benchmark in --only: ${name} (${BENCHMARKS.join(", ")})`);
  for (const [name, v] of Object.entries({ tenants, durationS, warmupS, loadConnections, reporterCount })) {
    if (!Number.isFinite(v) || v < 0 || (name !== "warmupS" && v < 1)) throw new Error(`invalid --${name}: ${v}`);
  }
  return {
    tenants,
    tenantsGiven: values.tenants !== undefined,
    citySize,
    fresh: values.fresh,
    json: values.json,
    durationS,
    warmupS,
    loadConnections,
    reporterCount,
    selected: (name) => only.has(name),
    inProcessOnly: [...only].every((name) => IN_PROCESS_BENCHMARKS.includes(name as BenchmarkName)),
  };
}
