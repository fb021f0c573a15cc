// The submit benchmark: reporters submitting at once, then checked in SQL
// against what they were told (none lost, none duplicated).
import { preparedStatementsEnabled } from "@/lib/db/prepared-statements";
import type { BenchServer } from "../lib/http";
import type { ResultRow } from "../lib/report";
import { RssSampler } from "../lib/rss";
import { round } from "../lib/stats";
import { runSubmissions } from "../lib/submit";
import { measureSubmitFloor } from "../lib/submit-floor";
import type { Log } from "./lifecycle";
import type { RunOptions } from "./options";
import { ms, type Results } from "./page-load";
import { settle } from "./server";
import type { SignedReporter } from "./sign-in";

/** Where the floor sends the same statements: the server's database URL, named as the server names them. */
export interface SubmitFloorTarget {
  appUrl: string;
  named: boolean;
  authSecret: string;
}

/** The floor straight to the database the server uses, naming statements as the server does. */
export function directFloorTarget(db: { appUrl: string; secrets: { authSecret: string } }): SubmitFloorTarget {
  return { appUrl: db.appUrl, named: preparedStatementsEnabled(), authSecret: db.secrets.authSecret };
}

/** Returns the submissions check for the output. */
export async function measureSubmit(
  server: BenchServer,
  ownerUrl: string,
  reporters: SignedReporter[],
  floorTarget: SubmitFloorTarget,
  options: RunOptions,
  results: Results,
  log: Log,
): Promise<Record<string, unknown>> {
  const { durationS } = options;
  const seats = Math.min(options.reporterCount, reporters.length);
  log(`${seats} 名填报员同时提交 ${durationS} 秒（共 ${reporters.length} 名轮替）…`);
  await settle(server);
  const sampler = new RssSampler(server.pids);
  sampler.start();
  const submit = await runSubmissions({ origin: server.origin, serverPids: server.pids, ownerUrl, reporters, seats, durationS });
  const submitRss = sampler.stop();
  // After the HTTP run (whose slots are reopened by then), with nothing else running.
  log(`FLOOR：${seats} 个 pg 连接直接执行同样的提交语句 ${durationS} 秒…`);
  const floor = await measureSubmitFloor({ ...floorTarget, ownerUrl, reporters, seats, durationS });
  // What one submission costs each side: the capacity of a machine follows (docs/scaling.md).
  const perSubmission = (seconds: number) => (submit.acknowledged ? round((seconds * 1000) / submit.acknowledged, 2) : 0);
  const clean = submit.errors === 0 && submit.check.missing === 0 && submit.check.duplicates === 0 && submit.check.mismatched === 0;
  const row: ResultRow = {
    name: `submit report, ${submit.reporters} reporters`,
    connections: submit.reporters,
    p50_ms: ms(submit.latency.p50),
    p95_ms: ms(submit.latency.p95),
    p99_ms: ms(submit.latency.p99),
    rps: round(submit.rps, 1),
    errors: submit.errors,
    requests: submit.latency.count,
    floor_p50_ms: ms(floor.latency.p50),
    floor_p95_ms: ms(floor.latency.p95),
    ratio_to_floor: round(submit.latency.p50 / floor.latency.p50, 1),
    rss_peak_mb: round(submitRss, 0),
    target: "≥ 300/s, 0 errors, 0 duplicates, 0 lost",
    target_met: submit.rps >= 300 && clean,
    notes: `CPU per submission: server ${perSubmission(submit.cpu.server)} ms, database ${perSubmission(submit.cpu.database)} ms, load generator ${perSubmission(submit.cpu.loadGenerator)} ms; floor ${round(floor.rps, 1)}/s (${floor.submitted} submitted by bare pg${floor.ranOut ? ", every open slot used" : ""}), acknowledged ${submit.acknowledged}, in DB ${submit.check.inDatabase}, missing ${submit.check.missing}, duplicates ${submit.check.duplicates}, mismatched ${submit.check.mismatched}, unacknowledged (cut off at stop) ${submit.check.unacknowledged}, reporters taking part ${submit.reportersUsed}, seats left without slots ${submit.exhausted}`,
  };
  results.rows.push(row);
  log(`提交：${submit.rps.toFixed(1)} 份/秒，${row.notes}`);
  return { acknowledged: submit.acknowledged, ...submit.check, statuses: submit.statuses };
}
