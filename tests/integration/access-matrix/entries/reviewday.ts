// Access-matrix entries of the reviewer's day and steerable periods (issue 14,
// points 4 and 5): 批量通过 and a period's 一键催办. See ../expectations.ts.
import type { RouteRequest, Table } from "../expectations";

const slotsXlsx = (periodId: string): RouteRequest => ({ url: `/api/v1/periods/${periodId}/slots.xlsx?state=overdue`, params: { id: periodId } });

export const REVIEWDAY: Table = {
  actions: {
    "lib/reports/actions.ts#approveReportsAction": {
      permission: "reports:review",
      input: ({ target }) => ({ reports: [`${target.review.reportId}:${target.review.version}`] }),
      mixed: {
        "own report and target's report": ({ own, target }) => ({
          reports: [`${own.review.reportId}:${own.review.version}`, `${target.review.reportId}:${target.review.version}`],
        }),
      },
      // The fixture's report was submitted by the staff account; nobody approves their own submission.
      success: { as: "admin", changes: ["reports", "report_events", "report_slots"] },
    },
    "lib/reports/actions.ts#urgeLateSlotsAction": {
      permission: "tasks:urge",
      // The matrix's open period is the plan's last (its years are past): every unsubmitted slot is late.
      input: ({ target }) => ({ periodId: target.periodId, message: "请尽快填报" }),
      success: { as: "leader", changes: ["report_slots", "supervision_events"] },
    },
  },
  routes: {
    "GET /api/v1/periods/[id]/slots.xlsx": {
      kind: "tenant",
      permission: "periods:manage",
      request: ({ target }) => slotsXlsx(target.periodId),
      success: { as: "staff" },
    },
  },
};
