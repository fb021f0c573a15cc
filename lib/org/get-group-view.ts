// What a group unit's page shows beyond any unit's: its members (and every
// unit that could be picked), the rule its name suggests, and, for bureau
// roles, its tasks' roll-ups. A reporter sees no roll-up of other schools'
// work in progress (reporter-scope.ts).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { listGroupTaskRollups } from "@/lib/reports/queries/group-task-rollups";
import { seesEveryUnit } from "@/lib/reports/reporter-scope";
import { getGroupMembers } from "./get-group-members";
import { suggestGroupRule } from "./suggest-group-rule";

export async function getGroupView(tx: Tx, session: TenantSession, group: { id: string; name: string }) {
  const tenantId = session.tenant.tenantId;
  return {
    members: await getGroupMembers(tx, tenantId, group.id),
    suggested: suggestGroupRule(group.name),
    rollups: seesEveryUnit(session) ? await listGroupTaskRollups(tx, tenantId, group.id) : null,
  };
}

export type GroupView = Awaited<ReturnType<typeof getGroupView>>;
