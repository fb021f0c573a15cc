// The gateway against a real upstream on loopback: what the app behind it is
// told about the client, which bodies reach it, and what users see while the
// web process restarts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "@/lib/gateway/gateway";
import { parseTrustedProxies } from "@/lib/gateway/trusted-proxies";

interface Seen {
  forwardedFor?: string;
  realIp?: string;
  bytes: number;
  complete: boolean;
}

let upstream: http.Server;
let upstreamPort: number | null = null;
const seen: Seen[] = [];
const flakyServed = new Set<string>();
const servers: http.Server[] = [];

async function gateway(trusted: string): Promise<string> {
  const server = await startGateway({ port: 0, upstreamPort: () => upstreamPort, trusted: parseTrustedProxies(trusted), log: () => {} });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    // The first request to /flaky finds its connection closed under it, as when a keep-alive socket expires.
    if (req.url?.startsWith("/flaky") && !flakyServed.has(req.url)) {
      flakyServed.add(req.url);
      return void req.socket.destroy();
    }
    const entry: Seen = { forwardedFor: req.headers["x-forwarded-for"] as string, realIp: req.headers["x-real-ip"] as string, bytes: 0, complete: false };
    seen.push(entry);
    req.on("data", (c: Buffer) => (entry.bytes += c.length));
    req.on("end", () => {
      entry.complete = true;
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  upstreamPort = (upstream.address() as AddressInfo).port;
});

afterAll(() => {
  for (const s of [...servers, upstream]) {
    s.close();
    s.closeAllConnections();
  }
});

describe("the gateway in front of Next.js", () => {
  it("rotating X-Forwarded-For from an untrusted peer always arrives as the peer's own address", async () => {
    const origin = await gateway("");
    for (let i = 0; i < 25; i++) {
      await fetch(`${origin}/api/auth/callback/credentials`, { headers: { "X-Forwarded-For": `10.0.0.${i}`, "X-Real-IP": `10.1.0.${i}` } });
    }
    const last25 = seen.slice(-25);
    expect(new Set(last25.map((s) => s.forwardedFor))).toEqual(new Set(["127.0.0.1"]));
    expect(last25.every((s) => s.realIp === undefined)).toBe(true);
  });

  it("a configured trusted proxy's X-Forwarded-For names the client", async () => {
    const origin = await gateway("127.0.0.1");
    await fetch(`${origin}/`, { headers: { "X-Forwarded-For": "198.51.100.7" } });
    expect(seen.at(-1)!.forwardedFor).toBe("198.51.100.7");
  });

  it("refuses a declared body over the sign-in limit before reading it", async () => {
    const origin = await gateway("");
    const before = seen.length;
    const res = await fetch(`${origin}/api/auth/callback/credentials`, {
      method: "POST",
      body: "x".repeat(300 * 1024),
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "提交的内容过大，已拒绝" });
    expect(seen.length).toBe(before);
  });

  it("cuts a chunked body (no declared length) when it passes the limit, and the upstream never gets all of it", async () => {
    const origin = await gateway("");
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${origin}/api/v1/reports/x/submit`,
        { method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      const chunk = Buffer.alloc(256 * 1024, 97);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && req.write(chunk)) sent++;
        if (sent < 40) req.once("drain", pump);
        else req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    const last = seen.at(-1)!;
    expect(last.complete).toBe(false);
    expect(last.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it("passes an ordinary body through whole", async () => {
    const origin = await gateway("");
    const res = await fetch(`${origin}/api/v1/reports/x/submit`, { method: "POST", body: "y".repeat(100_000) });
    expect(res.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ bytes: 100_000, complete: true });
  });

  it("sends a GET again once when the upstream connection was closed under it; a POST is not replayed", async () => {
    const origin = await gateway("");
    expect((await fetch(`${origin}/flaky/page`)).status).toBe(200);
    const post = await fetch(`${origin}/flaky/action`, { method: "POST", body: "x" });
    expect(post.status).toBe(502);
    expect(await post.text()).toContain("服务暂时不可用，请稍后再试");
  });

  it("answers 503 in Chinese while the web process restarts", async () => {
    const origin = await gateway("");
    const saved = upstreamPort;
    upstreamPort = null;
    try {
      const api = await fetch(`${origin}/api/v1/plans`);
      expect(api.status).toBe(503);
      expect(api.headers.get("retry-after")).toBe("5");
      expect(await api.json()).toEqual({ error: "服务正在重新启动，请稍后再试" });
      const page = await fetch(`${origin}/plans`);
      expect(await page.text()).toContain("服务正在重新启动");
    } finally {
      upstreamPort = saved;
    }
  });
});
