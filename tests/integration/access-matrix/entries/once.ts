// Access-matrix entries of 最多报一次 (issue 16, decision 0035): a reviewer
// resolves a conflict between two approved values. See ../expectations.ts.
import type { Table } from "../expectations";

export const ONCE: Table = {
  actions: {
    "lib/indicators/actions.ts#resolveConflictAction": {
      permission: "reports:review",
      input: ({ target }) => ({ actualId: target.conflict.actualId }),
      success: { as: "staff", changes: ["indicator_actuals", "audit_events"] },
    },
  },
  routes: {},
};
