// One `next start` (or `next dev`) process: spawned with the app role's
// database URL only, ready when Next says so, and stopped with a deadline.
import { spawn } from "node:child_process";
import type { PreparedDatabase } from "@/lib/db/runtime";
import { UPSTREAM_IDLE_MS } from "@/lib/gateway/gateway";
import { NEXT_BIN } from "./build";
import { stopChild } from "@/lib/ops/stop-child";

export const DEFAULT_HEAP_MB = 384;
const STOP_DEADLINE_MS = 10_000;

export interface WebProcess {
  pid(): number | undefined;
  ready: Promise<void>;
  /** Why it ended, in words for the operator's log. */
  exited: Promise<{ reason: string }>;
  stop(): Promise<void>;
}

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

/** The public URL next-auth builds its links and callback addresses from. */
export function publicUrl(publicPort: number): string {
  return process.env.NEXTAUTH_URL ?? `http://localhost:${publicPort}`;
}

/** The last words of a dying process, turned into a reason an operator can act on. */
export function exitReason(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): string {
  if (/heap out of memory|Reached heap limit/i.test(stderrTail)) return "内存耗尽（JavaScript heap out of memory）";
  if (signal) return `被信号 ${signal} 终止`;
  const lastLine = stderrTail.trim().split("\n").pop()?.slice(0, 200);
  return `退出码 ${code ?? "未知"}${lastLine ? `：${lastLine}` : ""}`;
}

export function spawnWebProcess(options: {
  db: PreparedDatabase;
  /** Where this process listens. */
  port: number;
  /** Where users reach it (the gateway's port, or `port` without a gateway). */
  publicPort: number;
  loopbackOnly: boolean;
  authSecret: string;
  dev?: boolean;
  onOutput?: (chunk: Buffer) => void;
  env?: Record<string, string>;
}): WebProcess {
  const { DATABASE_URL: _ownerUrl, ...inheritedEnv } = process.env;
  const args = [...(options.dev ? [] : heapLimitArgs()), NEXT_BIN, options.dev ? "dev" : "start", "-p", String(options.port)];
  // Behind the gateway: loopback only, and idle connections kept longer than the
  // gateway keeps them (UPSTREAM_IDLE_MS), so it is always the gateway that closes
  // an idle one and never reuses a socket Next is closing at that instant.
  if (options.loopbackOnly) args.push("-H", "127.0.0.1", "--keepAliveTimeout", String(UPSTREAM_IDLE_MS + 10_000));
  const publicPort = options.publicPort;
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inheritedEnv,
      ...options.env,
      // The web process gets the app role only: the owner's URL stays here.
      APP_DATABASE_URL: options.db.appUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? options.authSecret,
      NEXTAUTH_URL: publicUrl(publicPort),
      // Where the server reaches itself (PDF rendering), independent of proxies and Host headers.
      EDUPLAN_INTERNAL_ORIGIN: process.env.EDUPLAN_INTERNAL_ORIGIN ?? `http://127.0.0.1:${publicPort}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  let stderrTail = "";
  child.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    stderrTail = (stderrTail + chunk.toString()).slice(-4096);
  });
  const ready = new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (options.onOutput) options.onOutput(chunk);
      else process.stdout.write(chunk);
      if (/Ready in/i.test(chunk.toString())) resolve();
    });
  });
  const exited = new Promise<{ reason: string }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ reason: exitReason(code, signal, stderrTail) }));
  });

  const stop = () => stopChild(child, { first: "SIGTERM", escalate: "SIGKILL", deadlineMs: STOP_DEADLINE_MS });
  return { pid: () => child.pid, ready, exited, stop };
}
