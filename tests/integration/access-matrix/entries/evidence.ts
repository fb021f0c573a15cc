// Access-matrix entries of evidence preview (issue 15, decision 0031): the
// inline view of an attachment, beside its download in routes.ts.
// See ../expectations.ts for what each field means.
import type { Table } from "../expectations";

export const EVIDENCE: Table = {
  actions: {},
  routes: {
    "GET /api/v1/attachments/[id]/view": {
      kind: "tenant",
      permission: "reports:read",
      request: ({ target }) => ({ url: `/api/v1/attachments/${target.attachments.download}/view`, params: { id: target.attachments.download } }),
      success: { as: "leader" },
    },
  },
};
