// Access-matrix entries of the 督办 workflow (lib/supervision/actions.ts):
// 交办, 签收, 延期申请, 办结销号申请 and the staff's decisions.
// See ../expectations.ts for what each field means.
import type { Table } from "../expectations";
import { PDF_BYTES } from "../world";
import { form } from "./form";

export const SUPERVISION: Table = {
  actions: {
    // Before 全部交办 (which would leave nothing to assign).
    "lib/supervision/actions.ts#assignTaskAction": {
      permission: "supervision:manage",
      input: ({ target }) => ({ taskId: target.supervision.assignTask }),
      mixed: {
        "own task, target's unit": ({ own, target }) => ({ taskId: own.supervision.assignTask, orgUnitIds: [target.supervision.unitId] }),
      },
      success: { as: "staff", changes: ["task_units", "supervision_events", "inbox_messages"] },
    },
    "lib/supervision/actions.ts#assignPlanTasksAction": {
      permission: "supervision:manage",
      input: ({ target }) => ({ planId: target.plan.id }),
      success: { as: "admin", changes: ["task_units", "supervision_events"] },
    },
    "lib/supervision/actions.ts#acknowledgeAssignmentAction": {
      permission: "supervision:respond",
      input: ({ target }) => ({ taskId: target.supervision.ackTask, orgUnitId: target.supervision.unitId }),
      mixed: {
        "own task, target's unit": ({ own, target }) => ({ taskId: own.supervision.ackTask, orgUnitId: target.supervision.unitId }),
      },
      success: { as: "staff", changes: ["task_units", "supervision_events"] },
    },
    "lib/supervision/actions.ts#requestExtensionAction": {
      permission: "supervision:respond",
      input: ({ target }) => ({
        taskId: target.supervision.extensionTask,
        orgUnitId: target.supervision.unitId,
        requestedDueDate: "2099-12-31",
        reason: "【矩阵】延期理由",
      }),
      mixed: {
        "own task, target's unit": ({ own, target }) => ({
          taskId: own.supervision.extensionTask,
          orgUnitId: target.supervision.unitId,
          requestedDueDate: "2099-12-31",
          reason: "【矩阵】延期理由",
        }),
      },
      success: { as: "staff", changes: ["supervision_requests", "supervision_events", "inbox_messages"] },
    },
    "lib/supervision/actions.ts#requestClosingAction": {
      permission: "supervision:respond",
      input: ({ target }) =>
        form({
          taskId: target.supervision.closingTask,
          orgUnitId: target.supervision.unitId,
          reason: "【矩阵】已完成",
          files: new File([PDF_BYTES], "完成报告.pdf", { type: "application/pdf" }),
        }),
      success: { as: "staff", changes: ["supervision_requests", "supervision_events", "attachments", "inbox_messages"] },
    },
    "lib/supervision/actions.ts#decideRequestAction": {
      permission: "supervision:manage",
      input: ({ target }) => ({ requestId: target.supervision.pendingRequest, decision: "approved", comment: "" }),
      success: { as: "staff", changes: ["supervision_requests", "supervision_events", "tasks", "task_status_events"] },
    },
  },
  routes: {},
};
