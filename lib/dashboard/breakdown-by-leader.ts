// Tasks by responsible leader (task_leaders). A task with two leaders counts
// for each; tasks naming no leader form their own row.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { getBreakdownByOwner } from "./breakdown-by-owner";
import type { BreakdownRow } from "./breakdown-row";
import type { DashboardScope } from "./scope";

export const NO_LEADER = "未明确责任领导";

const LEADER_JOINS = Prisma.sql`
    LEFT JOIN task_leaders tl ON tl.tenant_id = t.tenant_id AND tl.task_id = t.id
    LEFT JOIN people o ON o.tenant_id = tl.tenant_id AND o.id = tl.person_id`;

/** Most delayed first, then the largest. */
export function getBreakdownByLeader(tx: Tx, scope: DashboardScope): Promise<BreakdownRow[]> {
  return getBreakdownByOwner(tx, scope, { joins: LEADER_JOINS, noOwner: NO_LEADER });
}
