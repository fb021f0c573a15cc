// Stopping a child process we started (web server, PgBouncer, a standby
// postmaster): its own shutdown signal first, then a harder one past a
// deadline, so a stuck child cannot hang the caller's shutdown.
import type { ChildProcess } from "node:child_process";

export interface StopSignals {
  /** The child's orderly shutdown (SIGTERM; SIGINT is PostgreSQL's fast shutdown). */
  first: NodeJS.Signals;
  /** Sent once `deadlineMs` has passed without an exit (SIGKILL; SIGQUIT for PostgreSQL). */
  escalate: NodeJS.Signals;
  deadlineMs: number;
}

/** Resolves once the child has exited; at once when it already has. */
export async function stopChild(child: ChildProcess, signals: StopSignals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signals.first);
  const timer = setTimeout(() => child.kill(signals.escalate), signals.deadlineMs);
  await exited;
  clearTimeout(timer);
}
