// A loopback HTTP server playing a group robot's webhook (企业微信 / 钉钉):
// it records every request and answers as the test says — a status and JSON,
// or "hold" to keep the request open (a worker killed mid-delivery).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  url: string;
  body: string;
  json: unknown;
}

export type Answer = { status: number; json?: unknown } | "hold";

export async function startRobotReceiver(answer: (req: ReceivedRequest, index: number) => Answer) {
  const requests: ReceivedRequest[] = [];
  let onRequest: (() => void) | null = null;
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const received = { url: req.url ?? "", body, json: JSON.parse(body) as unknown };
    requests.push(received);
    onRequest?.();
    const a = answer(received, requests.length - 1);
    if (a === "hold") return;
    res.writeHead(a.status, { "content-type": "application/json" });
    res.end(JSON.stringify(a.json ?? { errcode: 0, errmsg: "ok" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    /** Resolves once `n` requests have arrived. */
    waitFor: (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => requests.length >= n && resolve();
        onRequest = check;
        check();
      }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
