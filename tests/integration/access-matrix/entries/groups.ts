// Access-matrix entries of group units' members (lib/org). See
// ../expectations.ts for what each field means and how to add an entry.
import type { Table } from "../expectations";

export const GROUPS: Table = {
  actions: {
    "lib/org/actions.ts#saveGroupMembersAction": {
      permission: "units:manage",
      input: ({ target }) => ({ groupId: target.groupUnit.id, memberKinds: ["school"], memberIds: [target.groupUnit.memberId] }),
      mixed: {
        "own group, target's unit": ({ own, target }) => ({ groupId: own.groupUnit.id, memberKinds: [], memberIds: [target.groupUnit.memberId] }),
      },
      success: { as: "admin", changes: ["org_units", "unit_group_members", "audit_events"] },
    },
  },
  routes: {},
};
