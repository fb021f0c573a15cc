// CPU time spent during a run (Linux /proc): the server's process tree and
// this machine's PostgreSQL processes. Divided by the work done, it is the
// cost of one unit of work on each side, from which the capacity of a machine
// follows (docs/scaling.md): a rate is bounded by cores ÷ (CPU per unit).
// Where /proc is absent, or the database runs elsewhere, a side reads 0.
import { readdirSync, readFileSync } from "node:fs";
import { descendants } from "./rss";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** pid → [comm, user + system seconds] for every process we may read. */
function processTimes(): Map<number, [string, number]> {
  const out = new Map<number, [string, number]>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid … utime stime: fields 14 and 15; comm may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(entry), [comm, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND]);
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

export interface CpuUse {
  /** Seconds of CPU of the server processes' trees. */
  server: number;
  /** Seconds of CPU of this machine's PostgreSQL processes. */
  database: number;
}

/**
 * CPU seconds the server and the database used while `work` ran, per process:
 * one that started meanwhile counts whole, one that ended meanwhile (a backend
 * whose client disconnected) is lost, so measure work whose connections
 * outlive it (the server's pool does).
 */
export async function cpuDuring<T>(serverPids: readonly number[], work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const before = processTimes();
  const result = await work();
  const after = processTimes();
  const tree = new Set(serverPids.flatMap((pid) => descendants(pid)));
  const cpu: CpuUse = { server: 0, database: 0 };
  for (const [pid, [comm, seconds]] of after) {
    const spent = seconds - (before.get(pid)?.[1] ?? 0);
    if (tree.has(pid)) cpu.server += spent;
    else if (comm === "postgres") cpu.database += spent;
  }
  return { result, cpu };
}
