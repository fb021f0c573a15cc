// Access-matrix entries of the search (issue 15, point 7). See ../expectations.ts.
import type { Table } from "../expectations";

export const SEARCH: Table = {
  actions: {},
  routes: {
    "GET /api/v1/search": {
      kind: "tenant",
      permission: "tenant:read",
      request: () => ({ url: `/api/v1/search?q=${encodeURIComponent("教育")}` }),
      noForeignIds: "the query is text; the tenant searched is the session's",
      success: { as: "reporter" },
    },
  },
};
