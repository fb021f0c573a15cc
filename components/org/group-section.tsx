// The group-only part of a unit's page: members (editable by those allowed)
// and the group's tasks' roll-ups.
import type { GroupView } from "@/lib/org/get-group-view";
import { GroupMembersCard, GroupTaskRollups } from "./group-members-card";

export function GroupSection({ groupId, view, canEdit }: { groupId: string; view: GroupView; canEdit: boolean }) {
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      <GroupMembersCard groupId={groupId} members={view.members} suggested={view.suggested} canEdit={canEdit} />
      {view.rollups && <GroupTaskRollups rows={view.rollups} />}
    </div>
  );
}
