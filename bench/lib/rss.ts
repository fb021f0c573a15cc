// Resident memory of a process and its descendants (Linux /proc), sampled
// while a load runs: the peak is what a server needs to be given.
import { readdirSync, readFileSync } from "node:fs";

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …; comm may contain spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of parentOf) if (ppid === out[i]) out.push(pid);
  return out;
}

/** RSS of the process tree in MB (0 where /proc is not available). */
export function treeRssMb(pid: number): number {
  return descendants(pid).reduce((n, p) => n + rssKb(p), 0) / 1024;
}

export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private pids: number[] = [];
  peakMb = 0;

  /** The process trees of every root: one server, or both behind the balancer. */
  constructor(private readonly rootPids: readonly number[]) {}

  start(intervalMs = 100): void {
    this.peakMb = 0;
    this.pids = this.rootPids.flatMap((pid) => descendants(pid));
    const sample = () => {
      const mb = this.pids.reduce((n, p) => n + rssKb(p), 0) / 1024;
      if (mb > this.peakMb) this.peakMb = mb;
    };
    sample();
    this.timer = setInterval(sample, intervalMs);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.peakMb;
  }
}
