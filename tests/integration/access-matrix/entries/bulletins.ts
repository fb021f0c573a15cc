// Access-matrix entries of the bulletins (通报): a plan's per period (.docx,
// .pdf) and a city's per quarter (.docx). See ../expectations.ts.
import type { RouteRequest, Table } from "../expectations";

const planFile = (file: string, planId: string, periodId: string): RouteRequest => ({
  url: `/api/v1/plans/${planId}/${file}?period=${periodId}`,
  params: { id: planId },
});

export const BULLETINS: Table = {
  actions: {},
  routes: {
    "GET /api/v1/plans/[id]/bulletin.docx": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => planFile("bulletin.docx", target.plan.id, target.periodId),
      mixed: { "own plan, the target's period": ({ own, target }) => planFile("bulletin.docx", own.plan.id, target.periodId) },
      success: { as: "staff" },
    },
    "GET /api/v1/plans/[id]/bulletin.pdf": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => planFile("bulletin.pdf", target.plan.id, target.periodId),
      mixed: { "own plan, the target's period": ({ own, target }) => planFile("bulletin.pdf", own.plan.id, target.periodId) },
      success: { as: "reporter" },
    },
    "GET /api/v1/city/bulletin.docx": {
      kind: "tenant",
      permission: "children:read",
      request: () => ({ url: "/api/v1/city/bulletin.docx?quarter=2022Q4" }),
      noForeignIds: "the districts come from the caller's city in the session; the query names a calendar quarter",
      childReads: true,
      success: { as: "victim's city viewer" },
    },
  },
};
