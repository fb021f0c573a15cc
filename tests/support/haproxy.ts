// A real load balancer in front of the e2e servers (decision 0042): Debian's
// haproxy, round robin over every request, no cookies or stickiness, and a
// response header naming the server that answered, so a test can show that
// both did. Its config lives in a temporary folder removed on stop.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";

export const SERVED_BY_HEADER = "x-served-by";

export interface Balancer {
  origin: string;
  stop(): Promise<void>;
}

/** The config: also the example in README.md's operations section. */
export function haproxyConfig(port: number, servers: readonly { name: string; port: number }[]): string {
  return [
    "global",
    "  maxconn 512",
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    // Long enough for an export zip or a slow phone's upload.
    "  timeout client 300s",
    "  timeout server 300s",
    "frontend eduplan",
    `  bind 127.0.0.1:${port}`,
    "  default_backend app",
    "backend app",
    "  balance roundrobin",
    `  http-response set-header X-Served-By %s`,
    ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port}`),
    "",
  ].join("\n");
}

export async function startHaproxy(options: {
  binary: string;
  port: number;
  servers: readonly { name: string; port: number }[];
  log: (line: string) => void;
}): Promise<Balancer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-haproxy-"));
  const config = path.join(dir, "haproxy.cfg");
  await writeFile(config, haproxyConfig(options.port, options.servers));
  // -db: stay in the foreground, so stopping the child stops the balancer.
  const child = spawn(options.binary, ["-f", config, "-db"], { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr.on("data", (chunk: Buffer) => options.log(`[haproxy] ${chunk.toString().trim()}`));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForPort(options.port, exited);
  options.log(`负载均衡（haproxy）已在端口 ${options.port} 启动：${options.servers.map((s) => `${s.name}=${s.port}`).join("，")}`);
  return {
    origin: `http://localhost:${options.port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 100; i++) {
    if (gone) throw new Error("haproxy exited before it listened");
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`haproxy did not listen on ${port}`);
}
