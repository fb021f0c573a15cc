// Which failures of a read on the standby say "the standby, not the read":
// then the read runs again on the primary (it is READ ONLY, so running it
// twice changes nothing). Anything else (NotFoundError, a bug) is the read's
// own answer and is thrown as it is.

// SQLSTATE: 08 connection exceptions; 57P0x shutdown / cannot connect now / database dropped;
// 40001 "canceling statement due to conflict with recovery"; 53300 too many connections.
const SQLSTATE = /^(08...|57P0[1-4]|40001|53300)$/;
// Node and pg: refused, reset or timed-out sockets, and the pool's own connect timeout.
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
// Prisma's codes for an unreachable or closed server and a pool that timed out.
const PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const MESSAGE =
  /connection terminated|timeout exceeded when trying to connect|server has closed the connection|can't reach database server|database system is (starting up|shutting down|in recovery mode)|conflict with recovery|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;

export function isReplicaUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  // Prisma wraps the driver's error (cause), which may wrap the socket's: look through the chain.
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === "string" && (SQLSTATE.test(code) || SOCKET.has(code) || PRISMA.has(code))) return true;
    }
    if (typeof e.kind === "string" && MESSAGE.test(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
