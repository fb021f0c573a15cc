// Access-matrix entries of the route handlers (app/**/route.ts), one per
// exported method. See ../expectations.ts for what each field means and how
// to add an entry.
import type { RouteRequest, Table } from "../expectations";

const byId = (path: string, id: string, name = "id"): RouteRequest => ({ url: path.replace(`[${name}]`, id), params: { [name]: id } });

export const ROUTES: Table = {
  actions: {},
  routes: {
    "GET /api/v1/plans": {
      kind: "tenant",
      permission: "plans:read",
      request: () => ({ url: "/api/v1/plans?pageSize=100" }),
      noForeignIds: "lists the caller's own plans (every answer is checked for the victim's ids)",
      success: { as: "staff" },
    },
    "GET /api/v1/plans/[id]": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => byId("/api/v1/plans/[id]", target.plan.id),
      success: { as: "leader" },
    },
    "GET /api/v1/plans/[id]/ledger.xlsx": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => byId("/api/v1/plans/[id]/ledger.xlsx", target.plan.id),
      success: { as: "reporter" },
    },
    "GET /api/v1/plans/[id]/briefing.pdf": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => byId("/api/v1/plans/[id]/briefing.pdf", target.plan.id),
      success: { as: "admin" },
    },
    "GET /api/v1/tasks/[id]": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => byId("/api/v1/tasks/[id]", target.tasks.edit.id),
      success: { as: "reporter" },
    },
    "GET /api/v1/tasks.xlsx": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => ({ url: `/api/v1/tasks.xlsx?plan=${target.plan.id}&status=in_progress` }),
      success: { as: "reporter" },
    },
    "GET /api/v1/slips.xlsx": {
      kind: "tenant",
      permission: "slips:read",
      request: () => ({ url: "/api/v1/slips.xlsx?state=all" }),
      success: { as: "reporter" },
    },
    "GET /api/v1/indicators": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => ({ url: `/api/v1/indicators?planId=${target.plan.id}` }),
      success: { as: "staff" },
    },
    "GET /api/v1/units/[id]/ledger.xlsx": {
      kind: "tenant",
      permission: "plans:read",
      request: ({ target }) => byId("/api/v1/units/[id]/ledger.xlsx", target.reporterUnitId),
      success: { as: "admin" },
    },
    "GET /api/v1/compare": {
      kind: "tenant",
      permission: "children:read",
      request: ({ world }) => ({ url: `/api/v1/compare?indicator=${world.catalogue.percentCode}` }),
      noForeignIds: "the districts come from the caller's city in the session; the query names a global catalogue code",
      childReads: true,
      success: { as: "victim's city viewer" },
    },
    "GET /api/v1/attachments/[id]": {
      kind: "tenant",
      permission: "reports:read",
      request: ({ target }) => byId("/api/v1/attachments/[id]", target.attachments.download),
      success: { as: "staff" },
    },
    "POST /api/v1/reports/[slotId]/submit": {
      kind: "tenant",
      permission: "reports:submit",
      request: ({ target }) => ({
        ...byId("/api/v1/reports/[slotId]/submit", target.slots.routeSubmit, "slotId"),
        init: {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ summary: "【矩阵】接口提交", progress: 30, version: 0, submitKey: "matrix-submit-route" }),
        },
      }),
      success: { as: "staff", changes: ["reports", "report_slots"] },
    },
    "GET /api/v1/health": {
      kind: "public",
      request: () => ({ url: "/api/v1/health" }),
      why: "load balancers' liveness check: no session, no database",
    },
    "GET /api/v1/ready": {
      kind: "public",
      request: () => ({ url: "/api/v1/ready" }),
      why: "load balancers' readiness check: no session; reads nothing but SELECT 1",
    },
    "GET /api/v1/audit.xlsx": {
      kind: "tenant",
      permission: "audit:read",
      request: () => ({ url: "/api/v1/audit.xlsx" }),
      noForeignIds: "exports the caller's own tenant's audit trail (every answer is checked for the victim's ids)",
      success: { as: "admin" },
    },
    "GET /api/v1/export/bureau.zip": {
      kind: "tenant",
      permission: "tenant:export",
      request: () => ({ url: "/api/v1/export/bureau.zip" }),
      noForeignIds: "exports the caller's own tenant (every answer is checked for the victim's ids)",
      success: { as: "admin" },
    },
    "GET /api/auth/[...nextauth]": {
      kind: "external",
      why: "next-auth's own sign-in / session / sign-out endpoints, the way in rather than a tenant resource (sign-in.test.ts, session.test.ts)",
    },
    "POST /api/auth/[...nextauth]": {
      kind: "external",
      why: "next-auth's own sign-in / session / sign-out endpoints, the way in rather than a tenant resource (sign-in.test.ts, session.test.ts)",
    },
  },
};
