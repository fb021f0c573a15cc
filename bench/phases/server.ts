// Phase 3: a production build when the sources changed, and a server of the
// benchmark's own on a free loopback port.
import { ensureProductionBuild } from "@/scripts/build";
import { startServer, type BenchServer } from "../lib/http";
import type { Cleanups, Log } from "./lifecycle";
import type { RunOptions } from "./options";
import type { Prepared } from "./prepare";

export async function buildAndStart({ db }: Prepared, options: RunOptions, cleanups: Cleanups, log: Log): Promise<BenchServer> {
  await ensureProductionBuild(log, { output: options.json ? "stderr" : "stdout" });
  const server = await startServer(db, db.secrets.authSecret, log);
  cleanups.push(() => server.stop());
  return server;
}

/** A pause between runs, so one run's stragglers do not land in the next. */
export async function settle(server: BenchServer): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${server.origin}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
