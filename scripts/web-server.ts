// Runs the web process (`next start`, or `next dev`) behind the gateway and
// keeps it running: if it dies it is restarted with backoff and the reason
// logged, while the database keeps running. Ctrl-C / SIGTERM stop the web
// process and the database cleanly, with a deadline on each step. Shared by
// `npm start`, the e2e tests and the benchmarks.
import type { Server } from "node:http";
import type { PreparedDatabase } from "@/lib/db/runtime";
import { findFreePort } from "@/lib/db/embedded";
import { startGateway } from "@/lib/gateway/gateway";
import { parseTrustedProxies } from "@/lib/gateway/trusted-proxies";
import { oidcCallbackUrl, readOidcConfig } from "@/lib/auth/oidc-config";
import { publicUrl, spawnWebProcess, type WebProcess } from "./web-process";
import { RestartBackoff } from "./restart-backoff";

export interface WebServerHandle {
  /** The pid of the web process serving now (undefined while it restarts). */
  pid(): number | undefined;
  /** Resolves when the first web process is ready; rejects if it exits before (and restarts are off). */
  ready: Promise<void>;
  /** Stops the web process (and the gateway); the database is left alone. */
  stop(): Promise<void>;
}

export { DEFAULT_HEAP_MB } from "./web-process";

export interface WebServerOptions {
  db: PreparedDatabase;
  port: number;
  authSecret: string;
  dev?: boolean;
  onReady?: () => void;
  onStopped?: () => Promise<void>;
  log: (line: string) => void;
  /**
   * true (default): this web server is what the process is for — Ctrl-C / SIGTERM
   * stop it and the database, and the process exits then. false: the caller
   * runs several things (a second instance, a benchmark) and stops it with
   * `stop()`; no signal handlers, no process.exit, the database is not touched.
   */
  ownsProcess?: boolean;
  /**
   * false: no gateway, `next start` listens on `port` itself and is not
   * restarted. Only the benchmarks use it, so that the gateway does not share
   * an event loop with the load generator (bench/README.md says what the
   * gateway adds).
   */
  gateway?: boolean;
  /** Where the web process's stdout goes (default: this process's stdout). */
  onOutput?: (chunk: Buffer) => void;
  /** Variables for this web process only, over this process's (the e2e servers' own EDUPLAN_UPLOAD_DIR). */
  env?: Record<string, string>;
}

export function runWebServer(options: WebServerOptions): WebServerHandle {
  const useGateway = options.gateway !== false;
  const trusted = parseTrustedProxies(process.env.EDUPLAN_TRUSTED_PROXIES);
  // Like a typo in the proxies, a half-configured single sign-on stops the start.
  const oidc = readOidcConfig(process.env);
  if (oidc) {
    options.log(`统一身份认证已启用：${oidc.issuer}（在认证方登记的回调地址：${oidcCallbackUrl(publicUrl(options.port))}）`);
  }
  const backoff = new RestartBackoff();
  let current: WebProcess | null = null;
  let upstreamPort: number | null = null;
  let gateway: Server | null = null;
  let stopping = false;
  let announced = false;
  let markReady!: () => void;
  let failStart!: (err: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  ready.catch(() => {});

  const launch = async () => {
    const port = useGateway ? await findFreePort() : options.port;
    const proc = spawnWebProcess({ ...options, port, publicPort: options.port, loopbackOnly: useGateway });
    current = proc;
    proc.ready.then(() => {
      if (proc !== current) return;
      upstreamPort = port;
      backoff.started();
      if (useGateway) options.log(`网站进程已就绪（pid ${proc.pid()}）`);
      if (!announced) {
        announced = true;
        markReady();
        options.onReady?.();
      }
    });
    proc.exited.then(({ reason }) => {
      if (proc === current) upstreamPort = null;
      if (stopping) return;
      if (!useGateway) {
        failStart(new Error(`网站进程已退出：${reason}`));
        return;
      }
      const delay = backoff.next();
      options.log(`网站进程意外退出（${reason}），${Math.round(delay / 1000)} 秒后重启；数据库保持运行`);
      setTimeout(() => {
        if (!stopping) void launch();
      }, delay);
    });
  };

  void (async () => {
    if (useGateway) {
      gateway = await startGateway({ port: options.port, upstreamPort: () => upstreamPort, trusted, log: options.log }).catch((err: Error) => {
        options.log(`无法监听端口 ${options.port}：${err.message}`);
        failStart(err);
        return null;
      });
      if (!gateway) return;
    }
    await launch();
  })();

  const stop = async () => {
    stopping = true;
    upstreamPort = null;
    if (gateway) {
      gateway.close();
      gateway.closeAllConnections();
    }
    await current?.stop();
  };
  const handle: WebServerHandle = { pid: () => current?.pid(), ready, stop };
  if (options.ownsProcess === false) return handle;

  stopOnSignals(options, stop, ready);
  return handle;
}

/** Ctrl-C / SIGTERM (or a failed start) stop the web process, then the database, then this process. */
function stopOnSignals(options: WebServerOptions, stopWeb: () => Promise<void>, ready: Promise<void>): void {
  let shuttingDownSince = 0;
  const shutdown = async () => {
    if (shuttingDownSince) {
      // The same Ctrl-C often arrives twice (the terminal signals the whole group and
      // tsx relays it too): only a second press, a moment later, means "now".
      if (Date.now() - shuttingDownSince < 1_000) return;
      options.log("再次收到停止信号，立即退出");
      process.exit(1);
    }
    shuttingDownSince = Date.now();
    options.log("正在停止…");
    await stopWeb();
    await options.db.stop();
    await options.onStopped?.();
    options.log("已停止。");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
  ready.catch(() => void shutdown());
}
