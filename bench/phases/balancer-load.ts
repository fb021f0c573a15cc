// The balancer row: 50 reporters submitting through a real haproxy (round
// robin, no stickiness; tests/support/haproxy.ts) in front of two `next
// start` processes on this machine: the benchmark's server and a second one on
// the same database. A submission costs one server process ~6 ms of CPU on one
// thread (the row's notes), so one process is the bound well before
// PostgreSQL is; this row shows what a second process on the spare core adds,
// and the CPU figures say what more cores would. The sessions of the first
// server serve the second too: sessions live in the database.
import { findFreePort } from "@/lib/db/embedded";
import { HAPROXY, ensureDebianBinary } from "@/lib/ops/debian-binary";
import { startHaproxy } from "@/tests/support/haproxy";
import { startServer, type BenchServer } from "../lib/http";
import { runSubmissions } from "../lib/submit";
import type { Cleanups, Log } from "./lifecycle";
import type { RunOptions } from "./options";
import type { Results } from "./page-load";
import type { Prepared } from "./prepare";
import type { Sessions } from "./sign-in";
import { directFloorTarget, measureSubmit } from "./submit-load";

const SUFFIX = ", 2 servers behind haproxy";

export async function measureBalancedSubmit(
  inputs: { server: BenchServer; prepared: Prepared; sessions: Sessions },
  options: RunOptions,
  cleanups: Cleanups,
  log: Log,
): Promise<Results["rows"]> {
  const { server, prepared, sessions } = inputs;
  if (sessions.reporters.length === 0) {
    log("跳过 balancer：没有可提交的填报员");
    return [];
  }
  const binary = ensureDebianBinary(HAPROXY, log);
  if (!binary) {
    log(`跳过 balancer：未找到 ${HAPROXY.path}，且无法通过 apt-get 安装`);
    return [];
  }
  const second = await startServer(prepared.db, prepared.db.secrets.authSecret, log, "server-b.log");
  cleanups.push(() => second.stop());
  const port = (url: string) => Number(new URL(url).port);
  const servers = [
    { name: "a", port: port(server.origin) },
    { name: "b", port: port(second.origin) },
  ];
  const balancer = await startHaproxy({ binary, port: await findFreePort(), servers, log });
  cleanups.push(() => balancer.stop());
  const balanced: BenchServer = { ...server, origin: balancer.origin, pids: [server.pid, second.pid], stop: () => balancer.stop() };
  // The first server is warm from the earlier rows; the second gets a few seconds of submissions of its own
  // (checked and reopened like any run) so its code is compiled before it is measured.
  log(`预热第二个服务器 ${options.warmupS} 秒…`);
  await runSubmissions({
    origin: second.origin,
    serverPids: [second.pid],
    ownerUrl: prepared.db.ownerUrl,
    reporters: sessions.reporters,
    seats: 10,
    durationS: Math.max(options.warmupS, 2),
  });
  const results: Results = { rows: [], rssPeakDashboard: 0 };
  await measureSubmit(balanced, prepared.db.ownerUrl, sessions.reporters, directFloorTarget(prepared.db), options, results, log);
  for (const row of results.rows) row.name += SUFFIX;
  await balancer.stop();
  await second.stop();
  return results.rows;
}
