// The group-only part of a unit's page, loaded in its own read so the unit
// page itself stays as it is for every other kind.
import type { TenantSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { getGroupMembers } from "@/lib/org/get-group-members";
import { suggestGroupRule } from "@/lib/org/suggest-group-rule";
import { listGroupTaskRollups } from "@/lib/reports/queries/group-task-rollups";
import { seesEveryUnit } from "@/lib/reports/reporter-scope";
import { GroupMembersCard, GroupTaskRollups } from "./group-members-card";

export async function GroupSection({ session, group }: { session: TenantSession; group: { id: string; name: string } }) {
  const tenantId = session.tenant.tenantId;
  const { members, rollups } = await readTenant(session, async (tx) => ({
    members: await getGroupMembers(tx, tenantId, group.id),
    // A reporter sees no roll-up of other schools' work in progress (reporter-scope.ts).
    rollups: seesEveryUnit(session) ? await listGroupTaskRollups(tx, tenantId, group.id) : null,
  }));
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      <GroupMembersCard groupId={group.id} members={members} suggested={suggestGroupRule(group.name)} canEdit={can(session.role, "units:manage")} />
      {rollups && <GroupTaskRollups rows={rollups} />}
    </div>
  );
}
