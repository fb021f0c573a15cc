// The thin layer `npm start` puts in front of Next.js: it is where the socket
// is known, so it decides who the client is (trusted proxies only), caps
// request bodies, and answers 503 while the web process restarts.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { createProxyServer } from "http-proxy-3";
import { BodyLimiter, bodyLimitFor } from "./body-limit";
import { resolveForwarded, rewriteForwardedHeaders } from "./forwarded";
import { sendGatewayError } from "./responses";
import type { TrustedProxies } from "./trusted-proxies";

export interface GatewayOptions {
  port: number;
  /** The web process's loopback port, or null while it is (re)starting. */
  upstreamPort(): number | null;
  trusted: TrustedProxies;
  log(line: string): void;
}

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Idle upstream sockets are closed after this; the web process keeps its own open longer (web-process.ts). */
export const UPSTREAM_IDLE_MS = 30_000;
/** A reused keep-alive socket that the other side closed at that instant fails like this; nothing was processed. */
const STALE_SOCKET = new Set(["ECONNRESET", "EPIPE"]);

export function startGateway(options: GatewayOptions): Promise<http.Server> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: UPSTREAM_IDLE_MS });
  const proxy = createProxyServer({ agent, xfwd: false, changeOrigin: false, proxyTimeout: 120_000 });
  const upstreamRequests = new WeakMap<IncomingMessage, http.ClientRequest>();
  proxy.on("proxyReq", (proxyReq, req) => upstreamRequests.set(req, proxyReq));
  const retried = new WeakSet<IncomingMessage>();
  proxy.on("error", (err, req, res) => {
    if (!(res instanceof http.ServerResponse)) return void res.destroy();
    const port = options.upstreamPort();
    // A request without a body can be sent again once: a stale keep-alive socket fails before anything was processed.
    const code = (err as NodeJS.ErrnoException).code ?? "";
    if (port !== null && STALE_SOCKET.has(code) && BODYLESS.has(req.method ?? "GET") && !res.headersSent && !retried.has(req)) {
      retried.add(req);
      return void proxy.web(req, res, { target: `http://127.0.0.1:${port}` });
    }
    sendGatewayError(res, req.url, port === null ? 503 : 502);
  });

  const prepare = (req: IncomingMessage): string | null => {
    const port = options.upstreamPort();
    if (port === null) return null;
    const socket = req.socket;
    rewriteForwardedHeaders(req.headers, resolveForwarded(socket.remoteAddress ?? "", req.headers, options.trusted, "encrypted" in socket));
    return `http://127.0.0.1:${port}`;
  };

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const target = prepare(req);
    if (!target) return sendGatewayError(res, req.url, 503);
    if (BODYLESS.has(req.method ?? "GET")) return void proxy.web(req, res, { target });

    const limit = bodyLimitFor(req.url);
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (declared > limit) {
      // Answer before reading it, then drop the connection instead of draining the body.
      res.on("finish", () => req.socket.destroy());
      return sendGatewayError(res, req.url, 413, { close: true });
    }
    const limiter = new BodyLimiter(limit);
    limiter.on("error", () => {
      upstreamRequests.get(req)?.destroy();
      res.on("finish", () => req.socket.destroy());
      sendGatewayError(res, req.url, 413, { close: true });
    });
    req.pipe(limiter);
    proxy.web(req, res, { target, buffer: limiter });
  });
  server.on("upgrade", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = prepare(req);
    if (!target) return void socket.destroy();
    proxy.ws(req, socket, head, { target });
  });
  server.on("clientError", (_err, socket) => socket.destroy());
  // Slow-loris bounds: a client must send its headers within 30 s.
  server.headersTimeout = 30_000;
  server.requestTimeout = 300_000;
  server.keepAliveTimeout = 65_000;

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}
