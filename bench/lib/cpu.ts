// CPU time spent during a run (Linux /proc): the server's process tree and
// the measured PostgreSQL's (its postmaster, found by the port it was started
// with, and every backend under it; a standby or another cluster on the
// machine is not counted). Divided by the work done, it is the cost of one
// unit of work on each side, from which the capacity of a machine follows
// (docs/scaling.md): a rate is bounded by cores ÷ (CPU per unit). Where /proc
// is absent, or the database runs elsewhere, a side reads 0.
import { readFileSync } from "node:fs";
import { descendants, readProcStats, type ProcStat } from "./proc";

/** The postmaster started with `-p <port>` (the embedded cluster is; backends rewrite their command line). */
function postmasterOn(port: number, stats: Map<number, ProcStat>): number | null {
  for (const [pid, { comm }] of stats) {
    if (comm !== "postgres") continue;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const at = args.indexOf("-p");
      if (at >= 0 && args[at + 1] === String(port)) return pid;
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

export interface CpuUse {
  /** Seconds of CPU of the server processes' trees. */
  server: number;
  /** Seconds of CPU of the measured PostgreSQL's processes (0 when it is not on this machine). */
  database: number;
  /** Seconds of CPU of this process, which generates the load: on the same two cores, it is what the others could not use. */
  loadGenerator: number;
}

/**
 * CPU seconds the server and the database used while `work` ran, per process:
 * one that started meanwhile counts whole, one that ended meanwhile (a backend
 * whose client disconnected) is lost, so measure work whose connections
 * outlive it (the server's pool does).
 */
export async function cpuDuring<T>(sides: { serverPids: readonly number[]; databaseUrl: string }, work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const before = readProcStats();
  const ownBefore = process.cpuUsage();
  const result = await work();
  const own = process.cpuUsage(ownBefore);
  const after = readProcStats();
  const server = new Set(sides.serverPids.flatMap((pid) => descendants(pid, after)));
  const postmaster = postmasterOn(Number(new URL(sides.databaseUrl).port || 5432), after);
  const database = new Set(postmaster === null ? [] : descendants(postmaster, after));
  const cpu: CpuUse = { server: 0, database: 0, loadGenerator: (own.user + own.system) / 1e6 };
  for (const [pid, { cpuSeconds }] of after) {
    const spent = cpuSeconds - (before.get(pid)?.cpuSeconds ?? 0);
    if (server.has(pid)) cpu.server += spent;
    else if (database.has(pid)) cpu.database += spent;
  }
  return { result, cpu };
}
