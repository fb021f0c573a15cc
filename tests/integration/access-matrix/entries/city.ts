// Access-matrix entries of the city's comparison over its districts (.xlsx).
// The drill-down pages read through the same child path (withChildTenant);
// their refusals are tested in tests/integration/city-drilldown.test.ts. See ../expectations.ts.
import type { Table } from "../expectations";

export const CITY: Table = {
  actions: {},
  routes: {
    "GET /api/v1/city/comparison.xlsx": {
      kind: "tenant",
      permission: "children:read",
      request: () => ({ url: "/api/v1/city/comparison.xlsx?sort=on-time" }),
      noForeignIds: "the districts come from the caller's city in the session; the query names a sort",
      childReads: true,
      success: { as: "victim's city viewer" },
    },
  },
};
