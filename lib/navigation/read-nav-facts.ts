// What the app's header and menu show besides links: the unread messages (消息),
// the reports waiting for review (审核) and, for a member bound to a unit, the
// unit it reports for. Read once per page load by the layout (the desktop menu
// and the phone bar share it); each count runs on an index that leads with
// tenant_id, and only when the role's menu shows it.
import "server-only";
import { can, isUnitBoundRole } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { countUnread } from "@/lib/inbox/unread-count";
import { countReportsToReview } from "@/lib/supervision/queries/staff-queue-counts";

export interface NavFacts {
  unread: number;
  toReview: number;
  /** The unit a unit-bound member reports for; null for everyone else. */
  unitName: string | null;
}

export async function readNavFacts(tx: Tx, session: TenantSession): Promise<NavFacts> {
  const { tenantId, orgUnitId } = session.tenant;
  const unread = can(session.role, "inbox:read") ? await countUnread(tx, session) : 0;
  const toReview = can(session.role, "reports:review") ? await countReportsToReview(tx, tenantId) : 0;
  const unit = isUnitBoundRole(session.role) && orgUnitId ? await tx.orgUnit.findFirst({ where: { id: orgUnitId, tenantId }, select: { name: true } }) : null;
  return { unread, toReview, unitName: unit?.name ?? null };
}
