// The access matrix's tests of one route handler method (see run-matrix.ts for the rules).
import path from "node:path";
import { expect, it } from "vitest";
import { CALLERS, VICTIM_CITY_VIEWER, callerById, type Caller } from "./callers";
import { ROOT } from "./discover";
import type { PublicRouteEntry, RouteRequest, TenantRouteEntry } from "./expectations";
import { actAs, allows, nameOf, type Matrix } from "./matrix";

interface RouteAnswer {
  status: number;
  body: string;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function callRoute(m: Matrix, key: string, caller: Caller, req: RouteRequest): Promise<RouteAnswer> {
  const [method] = key.split(" ") as [string];
  const file = m.routeFile(key);
  if (!file) throw new Error(`${key}: no route handler exports it (renamed? update the matrix entry)`);
  const handler = ((await import(path.join(ROOT, file))) as Record<string, unknown>)[method] as Handler;
  await actAs(caller);
  const response = await handler(new Request(`http://localhost${req.url}`, { method, ...req.init }), { params: Promise.resolve(req.params ?? {}) });
  const type = response.headers.get("content-type") ?? "";
  // Files (xlsx, pdf, evidence) differ run to run in their zip timestamps: compared by type only.
  const body = /json|text/.test(type) ? await response.text() : `<${type}>${(await response.arrayBuffer()).byteLength > 0 ? "" : " empty"}`;
  return { status: response.status, body };
}

export function publicRouteCases(m: Matrix, key: string, entry: PublicRouteEntry): void {
  it(`is open to every caller by design (${entry.why}) and writes nothing`, async () => {
    const changes = await m.observed(async () => {
      for (const caller of CALLERS) {
        const answer = await callRoute(m, key, caller, entry.request());
        expect.soft([200, 503], `${caller.id}: status ${answer.status}`).toContain(answer.status);
      }
    });
    m.expectNoWrites(changes, "a public route");
  });
}

export function routeCases(m: Matrix, key: string, entry: TenantRouteEntry): void {
  const exemptFromLeaks = (caller: Caller) => entry.childReads === true && caller.id === VICTIM_CITY_VIEWER;
  const foreignRequests = (target: "victim" | "ghost"): [string, RouteRequest][] => [
    ["the target's objects", entry.request(m.aim(target))],
    ...Object.entries(entry.mixed ?? {}).map(([label, build]): [string, RouteRequest] => [label, build(m.aim(target))]),
  ];

  for (const caller of CALLERS) {
    if (!allows(entry.permission, caller)) {
      it(`${nameOf(caller)}: refused (${caller.username ? 403 : 401}), nothing written`, async () => {
        const requests: [string, RouteRequest][] = [
          ["its own tenant's objects", entry.request(m.aim("own"))],
          ...(entry.noForeignIds ? [] : foreignRequests("victim")),
        ];
        const changes = await m.observed(async () => {
          for (const [label, req] of requests) {
            const answer = await callRoute(m, key, caller, req);
            expect.soft(answer.status, `${caller.id} on ${label}: ${answer.body}`).toBe(caller.username ? 403 : 401);
          }
        });
        m.expectNoWrites(changes, `${caller.id}, refused,`);
      });
    } else if (entry.noForeignIds) {
      if (caller.id === entry.success.as) continue;
      it(`${nameOf(caller)}: permitted; the answer names none of the victim's ids, nothing written`, async () => {
        const changes = await m.observed(async () => {
          const answer = await callRoute(m, key, caller, entry.request(m.aim("own")));
          expect.soft(answer.status, `${caller.id}: ${answer.body}`).toBeLessThan(500);
          if (!exemptFromLeaks(caller)) m.expectNoLeak(answer.body, caller.id, expect.soft);
        });
        m.expectNoWrites(changes, caller.id);
      });
    } else {
      it(`${nameOf(caller)}: permitted, but the victim's objects are answered like missing ones, nothing written`, async () => {
        const ghosts = foreignRequests("ghost");
        const changes = await m.observed(async () => {
          for (const [i, [label, req]] of foreignRequests("victim").entries()) {
            const context = `${caller.id} on ${label} (target: the victim)`;
            const victim = await callRoute(m, key, caller, req);
            expect.soft([400, 500], `${context}: ${victim.status} ${victim.body} (a malformed request proves nothing)`).not.toContain(victim.status);
            if (!exemptFromLeaks(caller)) m.expectNoLeak(victim.body, context, expect.soft);
            expect.soft(victim, `${context}: answered unlike for ids that do not exist`).toEqual(await callRoute(m, key, caller, ghosts[i]![1]));
          }
        });
        m.expectNoWrites(changes, `${caller.id}, aimed at the victim,`);
      });
    }
  }

  const successor = callerById(entry.success.as);
  it(`${nameOf(successor)}: succeeds on its own tenant's objects, writes nowhere else`, async () => {
    expect(allows(entry.permission, successor), `${successor.id} is not permitted ${entry.permission}: pick a permitted caller`).toBe(true);
    const context = `${successor.id} on its own objects`;
    let answer: RouteAnswer = { status: 0, body: "" };
    const changes = await m.observed(async () => {
      answer = await callRoute(m, key, successor, entry.request(m.aim("own")));
    });
    expect(answer.status, `${context}: ${answer.body}`).toBe(entry.success.status ?? 200);
    m.expectOwnWrites(changes, entry.success, context);
    if (!exemptFromLeaks(successor)) m.expectNoLeak(answer.body, context);
  });
}
