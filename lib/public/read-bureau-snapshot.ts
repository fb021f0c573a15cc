// The bureau's public index (/public/<code>): its published plans, newest
// first. Null when nothing is published (the page answers 404).
import "server-only";
import type { PublishedTenant, Tx } from "@/lib/db/tenant-scope";
import type { PublicBureauSnapshot } from "./types";
import { PUBLIC_PLAN_SELECT, toPlanHeader } from "./plan-header";

/** A bureau publishes a handful of plans; the bound keeps a runaway list off the page. */
const MAX_PUBLISHED_PLANS = 200;

export async function readBureauSnapshot(tx: Tx, tenant: PublishedTenant): Promise<PublicBureauSnapshot | null> {
  const rows = await tx.planPublication.findMany({
    where: { tenantId: tenant.id },
    select: { publishedAt: true, plan: { select: PUBLIC_PLAN_SELECT } },
    orderBy: [{ plan: { startYear: "desc" } }, { plan: { title: "asc" } }],
    take: MAX_PUBLISHED_PLANS,
  });
  if (rows.length === 0) return null;
  return {
    bureau: { code: tenant.code, name: tenant.name },
    plans: rows.map((r) => toPlanHeader(r.plan, r.publishedAt)),
    readAt: new Date().toISOString(),
  };
}
