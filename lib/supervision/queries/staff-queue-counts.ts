// What waits for the bureau's staff, for the home page's 待办 row: reports to
// review, assignments not yet acknowledged, pending extension and closing
// requests, and 督办单 not yet replied to. One statement (five scalar
// subqueries, each on an index that leads with tenant_id), so the home page
// pays one round trip however many queues there are.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface StaffQueueCounts {
  toReview: number;
  toAcknowledge: number;
  extensionRequests: number;
  closingRequests: number;
  slipsAwaitingReply: number;
}

export async function staffQueueCounts(tx: Tx, tenantId: string): Promise<StaffQueueCounts> {
  const [row] = await tx.$queryRaw<Record<keyof StaffQueueCounts, number>[]>`
    SELECT
      (SELECT count(*) FROM reports WHERE tenant_id = ${tenantId}::uuid AND status = 'submitted')::int AS "toReview",
      (SELECT count(*) FROM task_units WHERE tenant_id = ${tenantId}::uuid AND assigned_at IS NOT NULL AND acknowledged_at IS NULL)::int AS "toAcknowledge",
      (SELECT count(*) FROM supervision_requests WHERE tenant_id = ${tenantId}::uuid AND state = 'pending' AND kind = 'extension')::int AS "extensionRequests",
      (SELECT count(*) FROM supervision_requests WHERE tenant_id = ${tenantId}::uuid AND state = 'pending' AND kind = 'closing')::int AS "closingRequests",
      (SELECT count(*) FROM supervision_slips WHERE tenant_id = ${tenantId}::uuid AND replied_at IS NULL)::int AS "slipsAwaitingReply"`;
  return row!;
}
