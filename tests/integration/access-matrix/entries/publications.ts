// Access-matrix entries of the public page's publish controls (issue 16, item 5).
// See ../expectations.ts for what each field means. The demo world publishes the
// attacker's (金凤's) main plan, so unpublishing it has something to remove; the
// public pages themselves are pages, not route handlers: their anonymous,
// published-only reads are tested in ../public-page.test.ts and the phone spec.
import type { Table } from "../expectations";

export const PUBLICATIONS: Table = {
  actions: {
    "lib/public/actions.ts#publishPlanAction": {
      permission: "plans:publish",
      input: ({ target }) => ({ planId: target.plan.id, showTasks: "on", showProgress: "on", showIndicators: "on", showLeaders: "on" }),
      success: { as: "admin", changes: ["plan_publications", "audit_events"] },
    },
    "lib/public/actions.ts#unpublishPlanAction": {
      permission: "plans:publish",
      input: ({ target }) => ({ planId: target.plan.id }),
      success: { as: "admin", changes: ["plan_publications", "audit_events"] },
    },
  },
  routes: {},
};
