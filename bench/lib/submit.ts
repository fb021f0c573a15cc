// 50 unit reporters submitting at once, each on its own connection and its
// own unit's slots (POST /api/v1/reports/{slotId}/submit), for a fixed
// duration. A unit holds only a few dozen open slots, so each of the 50 seats
// passes to the next reporter of a larger pool when its reporter has
// submitted all of theirs: 50 reporters are always submitting, distinct slots. Afterwards the database is checked against what the clients were
// told: every acknowledged submission is there exactly once (one submitted
// report with that key, one submit event), none is missing, and submissions
// nobody was told about (cut off when the run stopped) are counted apart.
// Finally the run's reports are deleted and their slots reopened, so the
// province stays the same for the next run.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { withPgClient } from "@/lib/db/provision";
import { cpuDuring, type CpuUse } from "./cpu";
import { runAutocannon } from "./load";
import type { Reporter } from "./province";
import { summarize, type Summary } from "./stats";

// Distinct from the generator's own keys (bench-<seed>-…): cleanUp deletes by this prefix.
export const SUBMIT_KEY_PREFIX = "benchload-";

export interface SubmitResult {
  /** Concurrent reporters (seats). */
  reporters: number;
  /** Reporters who submitted at least once (seats pass to the next when a unit runs out). */
  reportersUsed: number;
  latency: Summary;
  /** Acknowledged new submissions per second over the run. */
  rps: number;
  acknowledged: number;
  /** Non-2xx, socket errors, timeouts, and 2xx answers that were not a new submission. */
  errors: number;
  statuses: Record<string, number>;
  /** Seats whose reporters ran out with no reporter left to take over (their later requests repeat the last key). */
  exhausted: number;
  /** CPU the server and the database spent on the load (not on the check afterwards). */
  cpu: CpuUse;
  check: { inDatabase: number; missing: number; duplicates: number; mismatched: number; unacknowledged: number };
}

interface Ack {
  slotId: string;
  key: string;
  reportId: string;
}

type SignedReporter = Reporter & { cookie: string };

/** What the seats share while they run: the reporters waiting for a seat, and what the server answered. */
interface Tally {
  run: string;
  pool: SignedReporter[];
  acks: Ack[];
  latencies: number[];
  /** 200 answers that were not a new submission. */
  notNew: number;
  exhausted: number;
  reportersUsed: number;
}

const bodyFor = (key: string) =>
  JSON.stringify({
    summary: "【基准测试】本月按计划推进，已完成阶段性工作。",
    progress: 50,
    problems: "",
    nextSteps: "继续推进",
    actuals: [],
    version: 0,
    submitKey: key,
  });

export async function runSubmissions(options: {
  origin: string;
  serverPids: readonly number[];
  ownerUrl: string;
  /** The pool, in order of preference; the first `seats` start. */
  reporters: SignedReporter[];
  seats: number;
  durationS: number;
}): Promise<SubmitResult> {
  const tally: Tally = {
    run: `${SUBMIT_KEY_PREFIX}${randomBytes(4).toString("hex")}`,
    pool: [...options.reporters],
    acks: [],
    latencies: [],
    notNew: 0,
    exhausted: 0,
    reportersUsed: 0,
  };
  const started = performance.now();
  const seats = Math.min(options.seats, tally.pool.length);
  let elapsedS = 0;
  const { result: results, cpu } = await cpuDuring({ serverPids: options.serverPids, databaseUrl: options.ownerUrl }, async () => {
    const done = await Promise.all(Array.from({ length: seats }, () => seat(options, tally)));
    elapsedS = (performance.now() - started) / 1000;
    // Let requests cut off by the stop finish on the server before counting.
    await new Promise((r) => setTimeout(r, 1500));
    return done;
  });
  const statuses: Record<string, number> = {};
  let errors = tally.notNew;
  for (const r of results) {
    errors += r.errors;
    for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  }
  const check = await verify(options.ownerUrl, tally.run, tally.acks);
  await cleanUp(options.ownerUrl, tally.run);
  const durationS = Math.min(elapsedS, Math.max(...results.map((r) => r.durationS)));
  return {
    reporters: seats,
    reportersUsed: tally.reportersUsed,
    latency: summarize(tally.latencies),
    rps: tally.acks.length / durationS,
    acknowledged: tally.acks.length,
    errors,
    statuses,
    exhausted: tally.exhausted,
    cpu,
    check,
  };
}

/** One seat: a connection submitting its reporter's slots in turn, then the next waiting reporter's. */
function seat(options: { origin: string; durationS: number }, tally: Tally) {
  let reporter = tally.pool.shift()!;
  tally.reportersUsed++;
  let queue = [...reporter.slotIds];
  let current: { slotId: string; key: string; cookie: string } | null = null;
  let ranOut = false;
  return runAutocannon({
    origin: options.origin,
    connections: 1,
    durationS: options.durationS,
    headers: { "content-type": "application/json" },
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          if (queue.length === 0 && tally.pool.length > 0) {
            reporter = tally.pool.shift()!;
            tally.reportersUsed++;
            queue = [...reporter.slotIds];
          }
          const slotId = queue.shift();
          if (slotId) current = { slotId, key: `${tally.run}-${slotId}`, cookie: reporter.cookie };
          else if (!ranOut) {
            // Out of slots: repeat the last one (an idempotent duplicate) until the time is up.
            ranOut = true;
            tally.exhausted++;
          }
          return {
            ...request,
            path: `/api/v1/reports/${current!.slotId}/submit`,
            headers: { ...request.headers, cookie: current!.cookie },
            body: bodyFor(current!.key),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200 || !current) return;
          const answer = JSON.parse(body) as { reportId: string; duplicate: boolean };
          if (answer.duplicate) tally.notNew++;
          else tally.acks.push({ slotId: current.slotId, key: current.key, reportId: answer.reportId });
        },
      },
    ],
    onLatency: (status, ms) => {
      if (status >= 200 && status < 300) tally.latencies.push(ms);
    },
  });
}

async function verify(ownerUrl: string, run: string, acks: Ack[]): Promise<SubmitResult["check"]> {
  return withPgClient(ownerUrl, async (c) => {
    const { rows } = await c.query<{ key: string; reportId: string; slotId: string; status: string; submits: number; perSlot: number }>(
      `SELECT r.submit_key AS key, r.id::text AS "reportId", r.slot_id::text AS "slotId", r.status::text AS status,
         (SELECT count(*) FROM report_events e WHERE e.tenant_id = r.tenant_id AND e.report_id = r.id AND e.action IN ('submit', 'resubmit'))::int AS submits,
         (SELECT count(*) FROM reports r2 WHERE r2.tenant_id = r.tenant_id AND r2.slot_id = r.slot_id)::int AS "perSlot"
       FROM reports r WHERE r.submit_key LIKE $1`,
      [`${run}-%`],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    let missing = 0;
    let mismatched = 0;
    for (const ack of acks) {
      const row = byKey.get(ack.key);
      if (!row) missing++;
      else if (row.reportId !== ack.reportId || row.slotId !== ack.slotId || row.status !== "submitted") mismatched++;
    }
    const acked = new Set(acks.map((a) => a.key));
    const duplicates = rows.filter((r) => r.submits !== 1 || r.perSlot !== 1).length + (acks.length - acked.size);
    return { inDatabase: rows.length, missing, duplicates, mismatched, unacknowledged: rows.filter((r) => !acked.has(r.key)).length };
  });
}

/** Deletes this run's reports (their events go with them) and reopens their slots. */
export async function cleanUp(ownerUrl: string, run: string = SUBMIT_KEY_PREFIX): Promise<number> {
  return withPgClient(ownerUrl, async (c: pg.Client) => {
    await c.query("BEGIN");
    const { rows } = await c.query<{ slot_id: string }>("DELETE FROM reports WHERE submit_key LIKE $1 RETURNING slot_id", [`${run}%`]);
    await c.query("UPDATE report_slots SET status = 'open' WHERE id = ANY($1::uuid[])", [rows.map((r) => r.slot_id)]);
    await c.query("COMMIT");
    return rows.length;
  });
}
