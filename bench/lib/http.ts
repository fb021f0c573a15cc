// The app over HTTP: a production server of its own on a free loopback port,
// and next-auth credentials sign-in that keeps the session cookie.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { runWebServer, type WebServerHandle } from "@/scripts/web-server";
import { findFreePort } from "@/lib/db/embedded";
import type { PreparedDatabase } from "@/lib/db/runtime";

export interface BenchServer {
  origin: string;
  pid: number;
  /** Every server process answering at `origin`: [pid], or both behind the balancer (bench/phases/balancer-load.ts). */
  pids: number[];
  logFile: string;
  stop(): Promise<void>;
}

/** `next start` as `npm start` runs it (app role only), output to a log file; resolves when it answers. */
export async function startServer(db: PreparedDatabase, authSecret: string, log: (line: string) => void, logName = "server.log"): Promise<BenchServer> {
  const port = await findFreePort();
  const logFile = path.resolve(".tmp/bench", logName);
  await mkdir(path.dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile);
  // No job worker in the measured process: a scheduled job would be noise.
  process.env.EDUPLAN_JOBS = "off";
  // No gateway: it would share this process's event loop with the load generator.
  const handle: WebServerHandle = runWebServer({ db, port, authSecret, log, ownsProcess: false, gateway: false, onOutput: (chunk) => out.write(chunk) });
  await handle.ready.catch((err: Error) => {
    throw new Error(`${err.message}; see ${logFile}`);
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${origin}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`生产服务器已启动：${origin}（pid ${handle.pid()}，日志 ${path.relative(process.cwd(), logFile)}）`);
  return {
    origin,
    pid: handle.pid()!,
    pids: [handle.pid()!],
    logFile,
    stop: async () => {
      await handle.stop();
      out.end();
    },
  };
}

function storeCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** next-auth credentials sign-in: csrf token, then the callback with json=true. Returns the Cookie header to send. */
export async function signIn(origin: string, username: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  storeCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  storeCookies(jar, response);
  await response.arrayBuffer();
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`sign-in failed for ${username} (HTTP ${response.status})`);
  }
  // Only the session matters from here on.
  return cookieHeader(new Map([...jar].filter(([k]) => k.endsWith("next-auth.session-token"))));
}

/** One request with the session, for checking that a page is what we think before loading it. */
export async function fetchText(origin: string, pathName: string, cookie: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}${pathName}`, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, text: await response.text() };
}
