// What waits for the bureau's staff, for the home page's 待办 row: reports to
// review, assignments not yet acknowledged, pending extension and closing
// requests, and 督办单 not yet replied to. One statement (five scalar
// subqueries, each on an index that leads with tenant_id), so the home page
// pays one round trip however many queues there are.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";

export interface StaffQueueCounts {
  toReview: number;
  toAcknowledge: number;
  extensionRequests: number;
  closingRequests: number;
  slipsAwaitingReply: number;
}

/**
 * The reports waiting for review, as a scalar subquery (here and the 审核
 * badge, lib/navigation/read-nav-facts.ts). The status stays a literal: the
 * partial index reports_to_review_idx is proven from it (decision 0055), and
 * not from a parameter.
 */
export function reportsToReviewCountSql(tenantId: string): Prisma.Sql {
  return Prisma.sql`(SELECT count(*) FROM reports WHERE tenant_id = ${tenantId}::uuid AND status = 'submitted')`;
}

export async function staffQueueCounts(tx: Tx, tenantId: string): Promise<StaffQueueCounts> {
  const [row] = await tx.$queryRaw<Record<keyof StaffQueueCounts, number>[]>`
    SELECT
      ${reportsToReviewCountSql(tenantId)}::int AS "toReview",
      (SELECT count(*) FROM task_units WHERE tenant_id = ${tenantId}::uuid AND assigned_at IS NOT NULL AND acknowledged_at IS NULL)::int AS "toAcknowledge",
      (SELECT count(*) FROM supervision_requests WHERE tenant_id = ${tenantId}::uuid AND state = 'pending' AND kind = 'extension')::int AS "extensionRequests",
      (SELECT count(*) FROM supervision_requests WHERE tenant_id = ${tenantId}::uuid AND state = 'pending' AND kind = 'closing')::int AS "closingRequests",
      (SELECT count(*) FROM supervision_slips WHERE tenant_id = ${tenantId}::uuid AND replied_at IS NULL)::int AS "slipsAwaitingReply"`;
  return row!;
}
