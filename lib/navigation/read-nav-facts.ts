// What the app's header and menu show besides links: the unread messages (消息),
// the reports waiting for review (审核) and, for a member bound to a unit, the
// unit it reports for. Read once per page load by the layout (the desktop menu
// and the phone bar share it), in one statement: a count the role's menu does
// not show sits in a CASE branch not taken, so PostgreSQL never runs it.
import "server-only";
import { can, isUnitBoundRole } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { unreadCountSql } from "@/lib/inbox/unread-count";
import { reportsToReviewCountSql } from "@/lib/supervision/queries/staff-queue-counts";

export interface NavFacts {
  unread: number;
  toReview: number;
  /** The unit a unit-bound member reports for; null for everyone else. */
  unitName: string | null;
}

export async function readNavFacts(tx: Tx, session: TenantSession): Promise<NavFacts> {
  const { tenantId, orgUnitId } = session.tenant;
  const unitId = isUnitBoundRole(session.role) ? orgUnitId : null;
  const [row] = await tx.$queryRaw<NavFacts[]>`
    SELECT
      CASE WHEN ${can(session.role, "inbox:read")} THEN ${unreadCountSql(session)} ELSE 0 END::int AS unread,
      CASE WHEN ${can(session.role, "reports:review")} THEN ${reportsToReviewCountSql(tenantId)} ELSE 0 END::int AS "toReview",
      (SELECT name FROM org_units WHERE tenant_id = ${tenantId}::uuid AND id = ${unitId}::uuid) AS "unitName"`;
  return row!;
}
