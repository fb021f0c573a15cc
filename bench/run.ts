// `npm run bench [-- --tenants N] [--fresh] [--json] [--duration S] [--warmup S]`
//
// On a fresh clone with nothing else: the bench database (embedded PostgreSQL
// in .data-bench/, or DATABASE_URL), the synthetic province when absent
// (bench/seed), the production build when the sources changed, a production
// server of its own on a free loopback port; then each benchmark beside its
// FLOOR (the same SQL through bare `pg`) and the framework's CEILING (a route
// with no database). See bench/README.md for what each one means. The phases
// are in bench/phases/, in the order main() runs them.
import { measureParse, PARSE_DOCUMENT } from "./lib/parse";
import { measurePdfParse } from "./lib/parse-pdf";
import { treeRssMb } from "./lib/rss";
import { runBenchmarks } from "./phases/benchmarks";
import { measureFloors } from "./phases/floors";
import { Cleanups, log } from "./phases/lifecycle";
import { parseRunOptions } from "./phases/options";
import { benchOutput, printInProcessOutput, printOutput, saveOutput, type BenchOutput } from "./phases/output";
import { parseRow, pdfParseRow } from "./phases/parse-row";
import { measureBalancedSubmit } from "./phases/balancer-load";
import { measurePgBouncer } from "./phases/pgbouncer-load";
import { checkPages, pagesFor } from "./phases/pages";
import { prepare } from "./phases/prepare";
import { measureReplica } from "./phases/replica-load";
import { buildAndStart } from "./phases/server";
import { signInAll } from "./phases/sign-in";

const options = parseRunOptions();
const cleanups = new Cleanups();
cleanups.stopOnSignals();

try {
  if (options.inProcessOnly) {
    // `--only parse,pdf`: nothing to prepare, no server to start.
    const { parse, pdf } = await measureInProcess();
    printInProcessOutput([...(parse ? [parseRow(parse)] : []), ...(pdf ? [pdfParseRow(pdf)] : [])], options.json);
  } else {
    const output = await main();
    await cleanups.run();
    printOutput(output, options.json);
  }
} catch (err) {
  await cleanups.run();
  log(`失败：${(err as Error).stack ?? String(err)}`);
  process.exit(1);
}

async function main(): Promise<BenchOutput> {
  const prepared = await prepare(options, cleanups, log);
  // FLOORS first, with nothing else running.
  const floors = await measureFloors(prepared, log);
  const { parse, pdf } = await measureInProcess();
  const server = await buildAndStart(prepared, options, cleanups, log);
  const sessions = await signInAll(server, prepared, log);
  const pages = pagesFor(prepared.targets);
  await checkPages(server, sessions, pages, prepared.targets.children.length);
  const rssIdle = treeRssMb(server.pid);
  const inputs = { server, prepared, sessions, pages, floors, parse, pdf };
  const { rows, rssPeakDashboard, submissions } = await runBenchmarks(inputs, options, log);
  if (options.selected("replica")) rows.push(...(await measureReplica(inputs, options, cleanups, log)));
  if (options.selected("pgbouncer")) rows.push(...(await measurePgBouncer({ prepared, sessions, pages }, options, cleanups, log)));
  if (options.selected("balancer")) rows.push(...(await measureBalancedSubmit({ server, prepared, sessions }, options, cleanups, log)));
  const { scale, targets } = prepared;
  const output = benchOutput({ scale, targets, reporterPool: sessions.reporters.length, rssIdle, rssPeakDashboard, submissions, rows }, options);
  await saveOutput(output);
  return output;
}

/** The benchmarks that need no server: the plan parser on the largest seed, and a 60-page PDF read and parsed. */
async function measureInProcess() {
  if (options.selected("parse")) log(`解析：${PARSE_DOCUMENT}…`);
  const parse = options.selected("parse") ? await measureParse() : null;
  if (options.selected("pdf")) log("PDF：生成 60 页带表格的规划，读取并解析…");
  const pdf = options.selected("pdf") ? await measurePdfParse() : null;
  return { parse, pdf };
}
