// The access matrix covers everything: every server action and route handler
// found in the code has exactly one entry in the expectations, and every
// entry still names something that exists.
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_PERMISSIONS } from "@/lib/auth/permissions";
import { CALLERS } from "./callers";
import { routeHandlers, serverActions, type Found } from "./discover";
import { TABLES, type Table } from "./expectations";

const ENTRIES = "tests/integration/access-matrix/entries/<domain>.ts (how: the comment at the top of expectations.ts)";
const keysIn = (pick: (t: Table) => Record<string, unknown>) => Object.values(TABLES).flatMap((t) => Object.keys(pick(t)));
const actionKeys = keysIn((t) => t.actions);
const routeKeys = keysIn((t) => t.routes);

let actions: Found[];
let inline: string[];
let routes: Found[];

beforeAll(async () => {
  ({ actions, inline } = await serverActions());
  routes = await routeHandlers();
}, 60_000);

describe("access matrix coverage", () => {
  it("finds the server actions and route handlers it is meant to find", () => {
    // A guard on the discovery itself: a broken scan would find nothing and pass everything.
    expect(actions.map((a) => a.key)).toContain("lib/reports/actions.ts#submitReportAction");
    expect(actions.length).toBeGreaterThanOrEqual(40);
    expect(routes.map((r) => r.key)).toContain("GET /api/v1/plans/[id]");
    expect(routes.map((r) => r.key)).toContain("POST /api/v1/reports/[slotId]/submit");
  });

  it("every server action has an entry", () => {
    const missing = actions.filter((a) => !actionKeys.includes(a.key));
    for (const a of missing) {
      expect.soft(a.key, `新增的服务器操作 ${a.key} 没有访问矩阵条目 (new server action without an access-matrix entry): add one to ${ENTRIES}`).toBe("");
    }
  });

  it("every route handler method has an entry", () => {
    const missing = routes.filter((r) => !routeKeys.includes(r.key));
    for (const r of missing)
      expect.soft(r.key, `新增的接口 ${r.key}（${r.file}）没有访问矩阵条目 — add it to tests/integration/access-matrix/entries/routes.ts`).toBe("");
    expect(missing.map((r) => r.key)).toEqual([]);
  });

  it('no server action is declared inline (a "use server" inside a function cannot be called by the matrix)', () => {
    expect(inline, 'move these actions into a module whose first statement is "use server"').toEqual([]);
  });

  it("every entry names an action or route that exists, once", () => {
    const found = new Set([...actions, ...routes].map((f) => f.key));
    expect(
      [...actionKeys, ...routeKeys].filter((k) => !found.has(k)),
      "stale entries (renamed or removed?)",
    ).toEqual([]);
    const all = [...actionKeys, ...routeKeys];
    expect(
      all.filter((k, i) => all.indexOf(k) !== i),
      "entries in two tables",
    ).toEqual([]);
  });

  it("every entry declares a known permission and a permitted caller for its success case", () => {
    const callers = CALLERS.map((c) => c.id as string);
    for (const table of Object.values(TABLES)) {
      for (const [key, entry] of [...Object.entries(table.actions), ...Object.entries(table.routes)]) {
        if ("kind" in entry && entry.kind !== "tenant") {
          expect(entry.why.length, `${key}: say why it is ${entry.kind}`).toBeGreaterThan(10);
          continue;
        }
        expect(["signed-in", ...ALL_PERMISSIONS], key).toContain(entry.permission);
        expect(callers, key).toContain(entry.success.as);
        expect(entry.noForeignIds === undefined || entry.noForeignIds.length > 10, `${key}: say why no id can be foreign`).toBe(true);
      }
    }
  });
});
