// The FLOOR of the submit benchmark: what one submission of an open slot
// sends — the session check, BEGIN, the scope statement, the one-statement
// submit, COMMIT — through bare `pg` as the app role, from as many clients as
// the benchmark has seats, for the same duration, on the same reporters'
// slots (reopened afterwards, like the HTTP run's). The statements come from
// the app's own functions (sessionLookupSql, scopeStatement, submitOpenSlot),
// so the floor cannot drift from the code. What the HTTP row costs above it
// is the framework: Next, Prisma, the cookie, HTTP.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { sessionLookupSql, type TenantSession } from "@/lib/auth/session";
import { decodeSessionCookie } from "@/lib/auth/token";
import { scopeStatement } from "@/lib/db/scope-statement";
import { submitOpenSlot } from "@/lib/reports/submit-open-slot";
import { captureSql, sender, type Statement } from "./floor";
import { summarize, type Summary } from "./stats";
import { cleanUp, SUBMIT_KEY_PREFIX } from "./submit";
import type { Reporter } from "./province";

export interface SubmitFloor {
  latency: Summary;
  /** Submissions committed per second over the run. */
  rps: number;
  submitted: number;
  /** Every open slot of the reporters was used before the time was up (the rate stands, over the shorter run). */
  ranOut: boolean;
}

interface Job {
  userId: string;
  sessionId: string;
  session: TenantSession;
  slotId: string;
}

async function jobsFor(reporters: (Reporter & { cookie: string })[], authSecret: string): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const r of reporters) {
    const raw = r.cookie.slice(r.cookie.indexOf("=") + 1);
    const payload = await decodeSessionCookie(raw, authSecret);
    if (typeof payload?.sid !== "string") throw new Error(`submit floor: ${r.username}'s cookie holds no session`);
    // What lockSlotSql reads of a unit reporter's session: the tenant, the unit, the role.
    const session = { userId: r.userId, role: "unit_reporter", tenant: { tenantId: r.tenantId, orgUnitId: r.orgUnitId } } as unknown as TenantSession;
    for (const slotId of r.slotIds) jobs.push({ userId: r.userId, sessionId: payload.sid, session, slotId });
  }
  return jobs;
}

async function submitStatement(job: Job, key: string): Promise<Statement> {
  const input = { summary: "【基准测试】本月按计划推进，已完成阶段性工作。", progress: 50, problems: "", nextSteps: "继续推进", submitKey: key };
  // The stand-in answers no rows, which submitOpenSlot reports as not found: only the statement is wanted.
  const [statement] = await captureSql((tx) => submitOpenSlot(tx, job.session, job.slotId, input).catch(() => undefined));
  return statement!;
}

export async function measureSubmitFloor(options: {
  appUrl: string;
  ownerUrl: string;
  /** Name statements as the app does on this URL (false through a transaction pooler). */
  named: boolean;
  authSecret: string;
  reporters: (Reporter & { cookie: string })[];
  seats: number;
  durationS: number;
}): Promise<SubmitFloor> {
  const run = `${SUBMIT_KEY_PREFIX}floor-${randomBytes(4).toString("hex")}`;
  const jobs = await jobsFor(options.reporters, options.authSecret);
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.durationS * 1000;
  const nextJob = () => (performance.now() < deadline ? jobs.shift() : undefined);
  const seat = async () => {
    const client = new pg.Client({ connectionString: options.appUrl });
    await client.connect();
    const query = sender(client, options.named);
    try {
      // The clock before the queue: a job taken is a job sent.
      for (let job = nextJob(); job; job = nextJob()) {
        const lookup = sessionLookupSql(job.userId, job.sessionId);
        const scope = scopeStatement({ tenantId: job.session.tenant.tenantId, userId: job.userId });
        const submit = await submitStatement(job, `${run}-${job.slotId}`);
        const t0 = performance.now();
        await query({ text: lookup.text, values: lookup.values });
        await client.query("BEGIN");
        await query({ text: scope.text, values: scope.values });
        const { rows } = await query(submit);
        await client.query("COMMIT");
        // Only a slot that was still open counts as a submission.
        if ((rows[0] as { reportId: string | null } | undefined)?.reportId) latencies.push(performance.now() - t0);
      }
    } finally {
      await client.end();
    }
  };
  // Every seat ends before the slots are reopened, also when one of them failed.
  const seats = await Promise.allSettled(Array.from({ length: options.seats }, seat));
  const elapsedS = (performance.now() - started) / 1000;
  await cleanUp(options.ownerUrl, run);
  const failed = seats.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return { latency: summarize(latencies), rps: latencies.length / elapsedS, submitted: latencies.length, ranOut: jobs.length === 0 };
}
