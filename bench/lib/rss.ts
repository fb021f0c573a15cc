// Resident memory of a process and its descendants (Linux /proc), sampled
// while a load runs: the peak is what a server needs to be given.
import { readFileSync } from "node:fs";
import { descendants } from "./proc";

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
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
