// One read of Linux's process table (/proc/<pid>/stat), shared by the memory
// sampler (rss.ts) and the CPU accounting (cpu.ts). Empty where /proc is absent.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcStat {
  comm: string;
  ppid: number;
  /** User + system CPU seconds so far. */
  cpuSeconds: number;
}

/** pid → its stat line's command, parent and CPU time, for every process we may read. */
export function readProcStats(): Map<number, ProcStat> {
  const out = new Map<number, ProcStat>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid … utime stime (fields 14 and 15); comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(entry), { comm, ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** `root` and every process under it in `stats`. */
export function descendants(root: number, stats: Map<number, ProcStat> = readProcStats()): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, { ppid }] of stats) if (ppid === out[i]) out.push(pid);
  return out;
}
