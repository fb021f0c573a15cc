import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { describeUserAgent } from "./describe-user-agent";

/** As far back as the daily prune keeps them (prune_auth_records). */
export const FAILURES_SHOWN_DAYS = 30;
const FAILURES_SHOWN = 20;

export interface OwnFailure {
  at: Date;
  address: string;
  device: string;
}

/**
 * Failed sign-in attempts on the caller's account, newest first, with their
 * total. auth_failures is the throttle's table and has no row-level security
 * (the throttle counts across accounts), so the user filter here is the wall.
 */
export async function listOwnFailures(tx: Tx, userId: string): Promise<{ total: number; items: OwnFailure[] }> {
  const where = { userId, createdAt: { gt: new Date(Date.now() - FAILURES_SHOWN_DAYS * 86_400_000) } };
  const rows = await tx.authFailure.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: FAILURES_SHOWN,
    select: { createdAt: true, address: true, userAgent: true },
  });
  const total = rows.length < FAILURES_SHOWN ? rows.length : await tx.authFailure.count({ where });
  return { total, items: rows.map((r) => ({ at: r.createdAt, address: r.address, device: describeUserAgent(r.userAgent) })) };
}
