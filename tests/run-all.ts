// `npm test`: unit and integration tests (vitest, real PostgreSQL), then the
// browser flows (Playwright, real Chromium), then one closing line
// "N passed, N failed". Options: --only unit|integration|e2e.
// When both run, the production build the browser flows need is made while
// vitest runs: vitest uses one of the two cores, `next build` the other.
// Debian packages the run needs and lacks (pgbouncer for an integration
// test, Chromium and haproxy for the browser flows) are installed meanwhile too.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "@/lib/db/embedded";
import { CHROMIUM_HEADLESS_SHELL, HAPROXY, PGBOUNCER, installMissingInBackground } from "@/lib/ops/debian-binary";
import { ensureProductionBuild } from "@/scripts/build";
import { ensureChromium } from "./support/chromium";

const log = (line: string) => console.log(`[test] ${line}`);
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const RESULTS = path.resolve(".tmp/results");
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let anyRunnerFailed = false;

/** Asynchronous, so a build started beside it keeps going (it awaits file reads in this process). */
function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return new Promise((resolve) => {
    child.once("error", () => resolve(1));
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

async function runVitest(projects: string[]) {
  const out = path.join(RESULTS, "vitest.json");
  const code = await run("npx", [
    "vitest",
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  const report = readJson<{
    success: boolean;
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  }>(out);
  // The report, not only the exit code: a file whose setup fails has no failed test.
  if (code !== 0 || !report || !report.success) anyRunnerFailed = true;
  if (report) {
    total.passed += report.numPassedTests;
    // A file that failed before any of its tests could fail counts as one failure.
    const failedFiles = report.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((t) => t.status === "failed"));
    total.failed += report.numFailedTests + failedFiles.length;
    total.skipped += report.numPendingTests + report.numTodoTests;
  }
}

async function runPlaywright() {
  const chromium = ensureChromium(log);
  const out = path.join(RESULTS, "playwright.json");
  const port = process.env.E2E_PORT ?? String(await findFreePort());
  let port2 = process.env.E2E_PORT_2 ?? String(await findFreePort());
  while (port2 === port) port2 = String(await findFreePort());
  let portLb = process.env.E2E_PORT_LB ?? String(await findFreePort());
  while (portLb === port || portLb === port2) portLb = String(await findFreePort());
  const code = await run("npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    // A free port of our own, so a server left running elsewhere is never tested by mistake.
    E2E_PORT: port,
    // The second instance (balancer.spec.ts).
    E2E_PORT_2: port2,
    // haproxy in front of both instances (balancer.spec.ts).
    E2E_PORT_LB: portLb,
    ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
  });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (code !== 0 || !report) anyRunnerFailed = true;
  if (report) {
    total.passed += report.stats.expected + report.stats.flaky;
    total.failed += report.stats.unexpected;
    total.skipped += report.stats.skipped;
  }
}

const vitestProjects = only === "unit" || only === "integration" ? [only] : only ? [] : ["unit", "integration"];
const withE2e = !only || only === "e2e";
const buildLog = path.join(RESULTS, "next-build.log");
// A failed build is reported by the browser run (its web server builds again and shows why).
const build = withE2e && vitestProjects.length ? ensureProductionBuild(log, { output: { file: buildLog } }).catch((e: Error) => log(e.message)) : null;
// pgbouncer first: the integration test that needs it waits on the install's lock.
const packages =
  withE2e && vitestProjects.length ? installMissingInBackground([PGBOUNCER]).then(() => installMissingInBackground([CHROMIUM_HEADLESS_SHELL, HAPROXY])) : null;
if (vitestProjects.length) await runVitest(vitestProjects);
if (build) {
  log("等待生产构建完成…");
  await build;
}
if (packages) await packages;
if (withE2e) await runPlaywright();

if (anyRunnerFailed && total.failed === 0) total.failed = 1; // a runner crashed before reporting
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(anyRunnerFailed || total.failed > 0 ? 1 : 0);
