import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { queryAuditFeed, type AuditRow } from "./audit-feed";
import type { AuditFilter } from "./filter";

/** One page of the tenant's audit feed (audit-feed.ts), newest first. */
export async function listAuditEvents(tx: Tx, tenantId: string, filter: AuditFilter): Promise<Page<AuditRow>> {
  const { skip, take } = pageArgs(filter.page);
  const { items, total } = await queryAuditFeed(tx, tenantId, filter, { offset: skip, limit: take });
  return toPage(items, total, filter.page);
}
