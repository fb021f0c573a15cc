// Runs `next start` (or `next dev`) against a prepared database and stops
// both cleanly on Ctrl-C / SIGTERM. Shared by `npm start`, the e2e tests and
// the benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import type { PreparedDatabase } from "@/lib/db/runtime";
import { NEXT_BIN } from "./build";

export interface WebServerHandle {
  child: ChildProcess;
  /** SIGTERM to the web server, resolved when it has exited (the database is left alone). */
  stop(): Promise<void>;
}

export const DEFAULT_HEAP_MB = 384;

/**
 * V8 sizes its old generation from the machine's memory (about 4 GB on a 24 GB
 * box) and collects lazily below that, so an idle-ish server grows to 700+ MB.
 * A bound keeps it near 400 MB under the dashboard load (bench/README.md) at a
 * few ms of p95. `EDUPLAN_HEAP_MB` raises it; a --max-old-space-size in
 * NODE_OPTIONS wins over both. Production only: `next dev` compiles in-process
 * and needs more.
 */
function heapLimitArgs(): string[] {
  if (/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? "")) return [];
  const mb = Number(process.env.EDUPLAN_HEAP_MB ?? DEFAULT_HEAP_MB);
  return Number.isFinite(mb) && mb >= 128 ? [`--max-old-space-size=${Math.round(mb)}`] : [];
}

export function runWebServer(options: {
  db: PreparedDatabase;
  port: number;
  authSecret: string;
  dev?: boolean;
  onReady?: () => void;
  onStopped?: () => Promise<void>;
  log: (line: string) => void;
  /**
   * true (default): this web server is what the process is for — Ctrl-C / SIGTERM
   * stop it and the database, and its exit ends the process. false: the caller
   * runs several things (a second instance, a benchmark) and stops it with
   * `stop()`; no signal handlers, no process.exit, the database is not touched.
   */
  ownsProcess?: boolean;
  /** Where the server's stdout goes (default: this process's stdout). */
  onOutput?: (chunk: Buffer) => void;
}): WebServerHandle {
  const { DATABASE_URL: _ownerUrl, ...inheritedEnv } = process.env;
  const child = spawn(process.execPath, [...(options.dev ? [] : heapLimitArgs()), NEXT_BIN, options.dev ? "dev" : "start", "-p", String(options.port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...inheritedEnv,
      // The web process gets the app role only: the owner's URL stays here.
      APP_DATABASE_URL: options.db.appUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? options.authSecret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${options.port}`,
      // Where the server reaches itself (PDF rendering), independent of proxies and Host headers.
      EDUPLAN_INTERNAL_ORIGIN: process.env.EDUPLAN_INTERNAL_ORIGIN ?? `http://127.0.0.1:${options.port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    if (options.onOutput) options.onOutput(chunk);
    else process.stdout.write(chunk);
    if (!announced && /Ready in/i.test(chunk.toString())) {
      announced = true;
      options.onReady?.();
    }
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  if (options.ownsProcess === false) return { child, stop };

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    options.log("正在停止…");
    child.kill("SIGTERM");
    await options.db.stop();
    await options.onStopped?.();
    options.log("已停止。");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
  return { child, stop };
}
