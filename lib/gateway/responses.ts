// The gateway's own answers, in Chinese, for when Next.js cannot give one.
import type { ServerResponse } from "node:http";

const wantsJson = (url: string | undefined) => (url ?? "").startsWith("/api/");

export function sendGatewayError(res: ServerResponse, url: string | undefined, status: 413 | 502 | 503, options: { close?: boolean } = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = status === 413 ? "提交的内容过大，已拒绝" : status === 503 ? "服务正在重新启动，请稍后再试" : "服务暂时不可用，请稍后再试";
  const headers: Record<string, string> = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (status === 503) headers["Retry-After"] = "5";
  if (options.close) headers.Connection = "close";
  if (wantsJson(url)) {
    res.writeHead(status, { ...headers, "Content-Type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ error: message }));
    return;
  }
  res.writeHead(status, { ...headers, "Content-Type": "text/html; charset=utf-8" });
  const refresh = status === 503 ? `<meta http-equiv="refresh" content="5">` : "";
  res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${refresh}<title>EduPlan</title></head><body><p>${message}</p></body></html>`);
}
