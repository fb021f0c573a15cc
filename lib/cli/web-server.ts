// Runs `next start` (or `next dev`) against a prepared database and stops
// both cleanly on Ctrl-C / SIGTERM. Shared by `npm start` and the e2e tests.
import { spawn } from "node:child_process";
import type { PreparedDatabase } from "@/lib/db/runtime";
import { NEXT_BIN } from "./build";

export function runWebServer(options: {
  db: PreparedDatabase;
  port: number;
  authSecret: string;
  dev?: boolean;
  onReady?: () => void;
  onStopped?: () => Promise<void>;
  log: (line: string) => void;
}): void {
  const { DATABASE_URL: _ownerUrl, ...inheritedEnv } = process.env;
  const child = spawn(process.execPath, [NEXT_BIN, options.dev ? "dev" : "start", "-p", String(options.port)], {
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

  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready in/i.test(chunk.toString())) {
      announced = true;
      options.onReady?.();
    }
  });

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
}
