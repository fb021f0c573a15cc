// Access-matrix entries of the daily work: task status and 督办, milestones,
// reporting (drafts, submissions, evidence, review, periods) and the inbox.
// See ../expectations.ts for what each field means and how to add an entry.
import type { Table } from "../expectations";
import type { Side } from "../world";
import { PDF_BYTES } from "../world";
import { form } from "./form";

const FIXTURE = "【矩阵】";

const report = (slotId: string) => ({ slotId, summary: `${FIXTURE}已召开专题会议`, progress: 20, problems: "", nextSteps: "", version: 0 });

const cooperation = (task: Side, period: Side, unit: Side) => ({
  taskId: task.tasks.cooperate.id,
  periodId: period.periodId,
  orgUnitId: unit.cooperateUnitId,
});

export const WORK: Table = {
  actions: {
    "lib/tasks/actions.ts#updateTaskStatusAction": {
      permission: "tasks:update",
      input: ({ target }) => ({ taskId: target.tasks.status.id, status: "in_progress", progress: 10, note: "", version: target.tasks.status.version }),
      success: { as: "staff", changes: ["tasks", "task_status_events"] },
    },
    "lib/tasks/actions.ts#urgeTaskAction": {
      permission: "tasks:urge",
      input: ({ target }) => ({ taskId: target.tasks.urge.id, message: "请尽快填报" }),
      success: { as: "leader", changes: ["report_slots"] },
    },
    "lib/tasks/actions.ts#addMilestoneAction": {
      permission: "tasks:update",
      input: ({ target }) => ({ taskId: target.tasks.milestones.id, title: `${FIXTURE}新里程碑`, dueDate: "2026-12-31" }),
      success: { as: "staff", changes: ["task_milestones"] },
    },
    "lib/tasks/actions.ts#toggleMilestoneAction": {
      permission: "tasks:update",
      input: ({ target }) => ({ milestoneId: target.milestones.toggle, done: "true" }),
      success: { as: "staff", changes: ["task_milestones"] },
    },
    "lib/tasks/actions.ts#deleteMilestoneAction": {
      permission: "tasks:update",
      input: ({ target }) => ({ milestoneId: target.milestones.remove }),
      success: { as: "staff", changes: ["task_milestones"] },
    },

    "lib/reports/actions.ts#saveReportDraftAction": {
      permission: "reports:submit",
      input: ({ target }) => report(target.slots.draft),
      mixed: {
        "own slot, target's indicator as an actual": ({ own, target }) => ({
          ...report(own.slots.draft),
          actuals: [{ indicatorId: target.indicators.tolerance, value: "50" }],
        }),
      },
      success: { as: "staff", changes: ["reports", "report_slots"] },
    },
    "lib/reports/actions.ts#submitReportAction": {
      permission: "reports:submit",
      input: ({ target }) => ({ ...report(target.slots.submit), submitKey: "matrix-submit-action" }),
      success: { as: "staff", changes: ["reports", "report_slots"] },
    },
    "lib/reports/actions.ts#reviewReportAction": {
      permission: "reports:review",
      input: ({ target }) => ({ reportId: target.review.reportId, decision: "approve", comment: "", version: target.review.version }),
      // The fixture's report was submitted by the staff account; nobody approves their own submission.
      success: { as: "admin", changes: ["reports", "report_events"] },
    },
    "lib/reports/actions.ts#uploadAttachmentAction": {
      permission: "reports:submit",
      input: ({ target }) => form({ slotId: target.slots.upload, file: new File([PDF_BYTES], "佐证.pdf", { type: "application/pdf" }) }),
      success: { as: "staff", changes: ["attachments"] },
    },
    "lib/reports/actions.ts#removeAttachmentAction": {
      permission: "reports:submit",
      input: ({ target }) => ({ slotId: target.slots.removable, attachmentId: target.attachments.removable }),
      mixed: {
        "own slot, target's attachment": ({ own, target }) => ({ slotId: own.slots.removable, attachmentId: target.attachments.removable }),
      },
      success: { as: "staff", changes: ["attachments"] },
    },
    "lib/reports/actions.ts#openReportingPeriodAction": {
      permission: "periods:manage",
      input: ({ target }) => ({ planId: target.plan.id }),
      success: { as: "staff" },
    },
    "lib/reports/actions.ts#addCooperationSlotAction": {
      permission: "reports:submit",
      input: ({ target }) => cooperation(target, target, target),
      mixed: {
        "own task and period, target's unit": ({ own, target }) => cooperation(own, own, target),
        "own task and unit, target's period": ({ own, target }) => cooperation(own, target, own),
      },
      success: { as: "staff", changes: ["report_slots"] },
    },

    "lib/inbox/actions.ts#openInboxMessageAction": {
      permission: "inbox:update",
      input: ({ target }) => form({ id: target.messages.staff }),
      returnsNothing: true,
      success: { as: "staff", changes: ["inbox_messages"] },
    },
    "lib/inbox/actions.ts#markAllInboxReadAction": {
      permission: "inbox:update",
      input: () => form({}),
      noForeignIds: "marks the caller's own messages in the active tenant",
      success: { as: "leader", changes: ["inbox_messages"] },
    },
  },
  routes: {},
};
