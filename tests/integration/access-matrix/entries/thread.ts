// Access-matrix entries of the five-year thread and 结转 (decision 0036).
// See ../expectations.ts for what each field means; fixtures in ../world-thread.ts.
import type { Table } from "../expectations";

export const THREAD: Table = {
  actions: {
    "lib/thread/actions.ts#suggestLinksAction": {
      permission: "plans:link",
      input: ({ target }) => ({ planId: target.thread.suggestPlanId }),
      success: { as: "staff", changes: ["task_links", "audit_events"] },
    },
    "lib/thread/actions.ts#confirmLinkAction": {
      permission: "plans:link",
      input: ({ target }) => ({ linkId: target.thread.confirmLinkId }),
      success: { as: "staff", changes: ["task_links", "audit_events"] },
    },
    "lib/thread/actions.ts#removeLinkAction": {
      permission: "plans:link",
      input: ({ target }) => ({ linkId: target.thread.removeLinkId }),
      success: { as: "admin", changes: ["task_links", "audit_events"] },
    },
    "lib/thread/actions.ts#addLinkAction": {
      permission: "plans:link",
      input: ({ target }) => ({ fromTaskId: target.thread.fromTaskId, target: `task:${target.thread.fiveTaskId}` }),
      mixed: {
        "own annual task → the target's five-year task": ({ own, target }) => ({
          fromTaskId: own.thread.fromTaskId,
          target: `task:${target.thread.fiveTaskId}`,
        }),
        "the target's annual task → own five-year task": ({ own, target }) => ({
          fromTaskId: target.thread.fromTaskId,
          target: `task:${own.thread.fiveTaskId}`,
        }),
      },
      success: { as: "staff", changes: ["task_links", "audit_events"] },
    },
    "lib/plans/carry-over-actions.ts#carryOverAction": {
      permission: "plans:carry-over",
      input: ({ target }) => ({ planId: target.thread.carryPlanId }),
      success: { as: "staff", changes: ["plans", "sections", "tasks", "audit_events"] },
    },
  },
  routes: {},
};
