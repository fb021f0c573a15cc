// Readiness: can this instance serve a request that needs the database? A
// load balancer takes an instance out of rotation on 503 and back on 200.
import "server-only";
import { getPrisma } from "@/lib/db/client";

export const READINESS_TIMEOUT_MS = 2_000;

export type Readiness = { ready: true } | { ready: false; reason: string };

export async function checkReadiness(timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `数据库 ${timeoutMs / 1000} 秒内无响应` }), timeoutMs);
  });
  const probe = getPrisma().$queryRaw`SELECT 1`.then((): Readiness => ({ ready: true })).catch((): Readiness => ({ ready: false, reason: "无法连接数据库" }));
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
