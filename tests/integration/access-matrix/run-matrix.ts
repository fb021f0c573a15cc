// Runs one table of the access matrix: every entry × every caller, each call
// between two fingerprints of the whole database (owner connection).
//
//   refused by can()            → ACTION_MESSAGES.forbidden / 403 (no session:
//                                 signedOut / 401), and nothing written;
//   permitted, victim's objects → exactly the answer for ids that do not exist
//                                 (the ghost), not a validation error nor a
//                                 crash, nothing written, none of the victim's
//                                 ids in the answer;
//   permitted, own objects      → success (proves the input well-formed), and
//                                 nothing written outside the caller's tenant.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_MESSAGES } from "@/lib/auth/action";
import { can } from "@/lib/auth/permissions";
import { getAuthSession } from "@/lib/auth/session";
import type { SessionToken } from "@/lib/auth/token";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";
import { Fingerprinter, diff, type Change, type Fingerprint } from "@/tests/support/fingerprint";
import { setToken } from "@/tests/support/request-context";
import { CALLERS, VICTIM_CITY_VIEWER, callerById, type Caller } from "./callers";
import { ROOT, parseActionKey, routeHandlers } from "./discover";
import type { ActionEntry, ActionInput, Aim, RouteRequest, Table, TenantRouteEntry } from "./expectations";
import { VICTIM, buildWorld, type World } from "./world";

interface State {
  world: World;
  fingerprints: Fingerprinter;
  last: Fingerprint;
  tenantCodes: Map<string, string>;
  victimMarkers: string[];
  routeFiles: Map<string, string>;
}

type Outcome = { returned: unknown } | { redirect: string };
interface RouteAnswer {
  status: number;
  body: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function allows(permission: ActionEntry["permission"], caller: Caller): boolean {
  if (!caller.username) return false;
  if (permission === "signed-in") return true;
  return can(caller.role, permission);
}

const nameOf = (caller: Caller) => `${caller.id} (${caller.username ?? "no session"})`;

/** Each caller's session token, read once: signInAs costs a query, and there are a thousand calls. */
const tokens = new Map<string, SessionToken>();

async function actAs(caller: Caller): Promise<void> {
  if (!caller.username) return signOut();
  if (!tokens.has(caller.username)) {
    const user = await ownerDb().user.findUniqueOrThrow({ where: { username: caller.username } });
    tokens.set(caller.username, { userId: user.id, sessionVersion: user.sessionVersion });
  }
  setToken(tokens.get(caller.username)!);
}

export function runMatrix(table: Table): void {
  const s = {} as State;

  beforeAll(async () => {
    s.world = await buildWorld();
    s.fingerprints = await Fingerprinter.open(process.env.TEST_OWNER_DATABASE_URL!);
    s.last = await s.fingerprints.take();
    const tenants = await ownerDb().tenant.findMany({ include: { parent: true } });
    s.tenantCodes = new Map(tenants.map((t) => [t.id, t.code]));
    // The victim's ids, and its code and name as JSON strings (the city comparison names districts by code).
    const victim = s.world.victim;
    s.victimMarkers = [...new Set(JSON.stringify(victim).match(UUID)), JSON.stringify(victim.code), JSON.stringify(victim.name)];
    s.routeFiles = new Map(Object.keys(table.routes).length ? (await routeHandlers()).map((r) => [r.key, r.file]) : []);
    await checkCallers(tenants);
  }, 180_000);
  afterAll(async () => {
    await s.fingerprints?.close();
  });

  /**
   * Runs `fn` (one test's calls) between two fingerprints and returns what
   * changed; the second fingerprint is the next test's first. One pair per
   * test, not per call: the calls of one test must all write nothing, or (the
   * success case) only in the caller's tenant.
   */
  async function observed(fn: () => Promise<void>): Promise<Change[]> {
    const before = s.last;
    try {
      await fn();
    } finally {
      s.last = await s.fingerprints.take();
    }
    return diff(before, s.last);
  }

  const where = (changes: Change[]) => changes.map((c) => `${c.table}@${c.tenantId ? (s.tenantCodes.get(c.tenantId) ?? c.tenantId) : "global"}`).join(", ");
  /** The victim's markers found in an answer (a route's body, or an action's result as JSON). */
  const leaks = (answer: unknown) => {
    const text = typeof answer === "string" ? answer : JSON.stringify(answer ?? null);
    return s.victimMarkers.filter((marker) => text.includes(marker)).join(", ");
  };
  const aim = (target: "own" | "victim" | "ghost"): Aim => ({ own: s.world.own, target: s.world[target], world: s.world });

  for (const [key, entry] of Object.entries(table.actions)) describe(key, () => actionCases(key, entry));
  for (const [key, entry] of Object.entries(table.routes)) {
    if (entry.kind === "tenant") describe(key, () => routeCases(key, entry));
    if (entry.kind === "public") {
      describe(key, () => {
        it(`is open to every caller by design (${entry.why}) and writes nothing`, async () => {
          const changes = await observed(async () => {
            for (const caller of CALLERS) {
              await actAs(caller);
              const answer = await callRoute(key, entry.request());
              expect.soft([200, 503], `${caller.id}: status ${answer.status}`).toContain(answer.status);
            }
          });
          expect(where(changes), `a public route wrote: ${where(changes)}`).toBe("");
        });
      });
    }
  }

  function actionCases(key: string, entry: ActionEntry): void {
    const call = async (caller: Caller, input: ActionInput): Promise<Outcome> => {
      const { file, name } = parseActionKey(key);
      const fn = ((await import(path.join(ROOT, file))) as Record<string, unknown>)[name];
      if (typeof fn !== "function") throw new Error(`${key} is not an exported function (renamed? update the matrix entry)`);
      await actAs(caller);
      try {
        // (prev, input) for form actions used with useActionState, (input) otherwise.
        return { returned: await (fn.length >= 2 ? fn(null, input) : fn(input)) };
      } catch (err) {
        const digest = (err as { digest?: unknown }).digest;
        if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] ?? "" };
        throw err;
      }
    };
    const refusal = (caller: Caller): Outcome => ({
      returned: entry.returnsNothing ? undefined : { ok: false, message: caller.username ? ACTION_MESSAGES.forbidden : ACTION_MESSAGES.signedOut },
    });
    const foreignInputs = (target: "victim" | "ghost"): [string, ActionInput][] => [
      ["the target's objects", entry.input(aim(target))],
      ...Object.entries(entry.mixed ?? {}).map(([label, build]): [string, ActionInput] => [label, build(aim(target))]),
    ];

    for (const caller of CALLERS) {
      if (!allows(entry.permission, caller)) {
        it(`${nameOf(caller)}: refused (${caller.username ? "forbidden" : "signed out"}), nothing written`, async () => {
          const inputs: [string, ActionInput][] = [
            ["its own tenant's objects", entry.input(aim("own"))],
            ...(entry.noForeignIds ? [] : foreignInputs("victim")),
          ];
          const changes = await observed(async () => {
            for (const [label, input] of inputs) expect.soft(await call(caller, input), `${caller.id} on ${label}`).toEqual(refusal(caller));
          });
          expect(where(changes), `${caller.id} was refused but wrote: ${where(changes)}`).toBe("");
        });
      } else if (!entry.noForeignIds) {
        it(`${nameOf(caller)}: permitted, but the victim's objects are answered like missing ones, nothing written`, async () => {
          const ghosts = foreignInputs("ghost");
          const changes = await observed(async () => {
            for (const [i, [label, input]] of foreignInputs("victim").entries()) {
              const context = `${caller.id} on ${label} (target: the victim)`;
              const victim = await call(caller, input);
              judgeAnswer(context, victim, expect.soft);
              expect.soft(leaks(victim), `${context}: the answer names the victim's ids: ${leaks(victim)}`).toBe("");
              if (entry.foreignMaySucceed) continue;
              // Equal to the ghost's answer is not enough where the answer does not depend on the id existing.
              if (!entry.returnsNothing) expect.soft(victim, `${context}: succeeded`).toMatchObject({ returned: { ok: false } });
              expect.soft(victim, `${context}: answered unlike for ids that do not exist`).toEqual(await call(caller, ghosts[i]![1]));
            }
          });
          // A copy imported into the caller's own tenant is the one write foreignMaySucceed allows.
          const outside = entry.foreignMaySucceed ? changes.filter((c) => c.tenantId !== s.world.own.tenantId) : changes;
          expect(where(outside), `${caller.id} aimed at the victim and wrote: ${where(outside)}`).toBe("");
        });
      }
    }

    it(`${nameOf(callerById(entry.success.as))}: succeeds on its own tenant's objects, writes nowhere else`, async () => {
      const caller = callerById(entry.success.as);
      expect(allows(entry.permission, caller), `${caller.id} is not permitted ${entry.permission}: pick a permitted caller`).toBe(true);
      let outcome: Outcome = { returned: undefined };
      const changes = await observed(async () => {
        outcome = await call(caller, entry.input(aim("own")));
      });
      if (!entry.returnsNothing && "returned" in outcome) {
        judgeAnswer(`${caller.id} on its own objects`, outcome);
        expect(outcome.returned, `${caller.id} on its own objects`).toMatchObject({ ok: true });
      }
      expectOwnWrites(changes, entry.success);
      expect(leaks(outcome), `the answer names the victim's ids: ${leaks(outcome)}`).toBe("");
    });
  }

  /** Not a validation error (the input would be malformed: the refusal proves nothing) nor a crash. */
  function judgeAnswer(context: string, outcome: Outcome, check: typeof expect.soft = expect): void {
    if (!("returned" in outcome) || !outcome.returned || typeof outcome.returned !== "object") return;
    const result = outcome.returned as { ok?: boolean; message?: string; fieldErrors?: unknown };
    check(result.message, `${context}: the action rejected the matrix's input as invalid ${JSON.stringify(result.fieldErrors)}: fix the entry`).not.toBe(
      ACTION_MESSAGES.invalid,
    );
    check(result.message, `${context}: the action failed unexpectedly (see the log)`).not.toBe(ACTION_MESSAGES.failed);
  }

  function expectOwnWrites(changes: Change[], success: { changes?: string[]; globalWrites?: string[] }): void {
    const own = s.world.own.tenantId;
    const elsewhere = changes.filter((c) => (c.tenantId ? c.tenantId !== own : !(success.globalWrites ?? []).includes(c.table)));
    expect(where(elsewhere), `wrote outside the caller's tenant (or to an undeclared global table): ${where(elsewhere)}`).toBe("");
    const touched = new Set(changes.filter((c) => c.tenantId === own || c.tenantId === null).map((c) => c.table));
    for (const table of success.changes ?? []) expect(touched.has(table), `expected a change in ${table}; changed: ${where(changes)}`).toBe(true);
  }

  async function callRoute(key: string, req: RouteRequest): Promise<RouteAnswer> {
    const [method] = key.split(" ") as [string];
    const file = s.routeFiles.get(key);
    if (!file) throw new Error(`${key}: no route handler exports it (renamed? update the matrix entry)`);
    const handler = ((await import(path.join(ROOT, file))) as Record<string, unknown>)[method] as (
      request: Request,
      context: { params: Promise<Record<string, string>> },
    ) => Promise<Response>;
    const response = await handler(new Request(`http://localhost${req.url}`, { method, ...req.init }), { params: Promise.resolve(req.params ?? {}) });
    const type = response.headers.get("content-type") ?? "";
    // Files (xlsx, pdf, evidence) differ run to run in their zip timestamps: compared by type only.
    const body = /json|text/.test(type) ? await response.text() : `<${type}>${(await response.arrayBuffer()).byteLength > 0 ? "" : " empty"}`;
    return { status: response.status, body };
  }

  function routeCases(key: string, entry: TenantRouteEntry): void {
    const exemptFromLeaks = (caller: Caller) => entry.childReads === true && caller.id === VICTIM_CITY_VIEWER;
    const foreignRequests = (target: "victim" | "ghost"): [string, RouteRequest][] => [
      ["the target's objects", entry.request(aim(target))],
      ...Object.entries(entry.mixed ?? {}).map(([label, build]): [string, RouteRequest] => [label, build(aim(target))]),
    ];
    const callAs = async (caller: Caller, req: RouteRequest) => {
      await actAs(caller);
      return callRoute(key, req);
    };

    for (const caller of CALLERS) {
      if (!allows(entry.permission, caller)) {
        it(`${nameOf(caller)}: refused (${caller.username ? 403 : 401}), nothing written`, async () => {
          const requests: [string, RouteRequest][] = [
            ["its own tenant's objects", entry.request(aim("own"))],
            ...(entry.noForeignIds ? [] : foreignRequests("victim")),
          ];
          const changes = await observed(async () => {
            for (const [label, req] of requests) {
              const answer = await callAs(caller, req);
              expect.soft(answer.status, `${caller.id} on ${label}: ${answer.body}`).toBe(caller.username ? 403 : 401);
            }
          });
          expect(where(changes), `${caller.id} was refused but wrote: ${where(changes)}`).toBe("");
        });
      } else if (entry.noForeignIds) {
        if (caller.id === entry.success.as) continue;
        it(`${nameOf(caller)}: permitted; the answer names none of the victim's ids, nothing written`, async () => {
          const changes = await observed(async () => {
            const answer = await callAs(caller, entry.request(aim("own")));
            expect(answer.status, `${caller.id}: ${answer.body}`).toBeLessThan(500);
            if (!exemptFromLeaks(caller)) expect(leaks(answer.body), `${caller.id}: the answer names the victim's ids: ${leaks(answer.body)}`).toBe("");
          });
          expect(where(changes), `${caller.id} wrote: ${where(changes)}`).toBe("");
        });
      } else {
        it(`${nameOf(caller)}: permitted, but the victim's objects are answered like missing ones, nothing written`, async () => {
          const ghosts = foreignRequests("ghost");
          const changes = await observed(async () => {
            for (const [i, [label, req]] of foreignRequests("victim").entries()) {
              const context = `${caller.id} on ${label} (target: the victim)`;
              const victim = await callAs(caller, req);
              expect.soft([400, 500], `${context}: ${victim.status} ${victim.body} (a malformed request proves nothing)`).not.toContain(victim.status);
              if (!exemptFromLeaks(caller)) expect.soft(leaks(victim.body), `${context}: the answer names the victim's ids: ${leaks(victim.body)}`).toBe("");
              expect.soft(victim, `${context}: answered unlike for ids that do not exist`).toEqual(await callAs(caller, ghosts[i]![1]));
            }
          });
          expect(where(changes), `${caller.id} aimed at the victim and wrote: ${where(changes)}`).toBe("");
        });
      }
    }

    it(`${nameOf(callerById(entry.success.as))}: succeeds on its own tenant's objects, writes nowhere else`, async () => {
      const caller = callerById(entry.success.as);
      expect(allows(entry.permission, caller), `${caller.id} is not permitted ${entry.permission}: pick a permitted caller`).toBe(true);
      let answer: RouteAnswer = { status: 0, body: "" };
      const changes = await observed(async () => {
        answer = await callAs(caller, entry.request(aim("own")));
      });
      expect(answer.status, `${caller.id} on its own objects: ${answer.body}`).toBe(entry.success.status ?? 200);
      expectOwnWrites(changes, entry.success);
      if (!exemptFromLeaks(caller)) expect(leaks(answer.body), `the answer names the victim's ids: ${leaks(answer.body)}`).toBe("");
    });
  }
}

/** The callers are who the matrix says: the roles, and which city sits above the victim. */
async function checkCallers(tenants: { code: string; parent: { code: string } | null }[]): Promise<void> {
  for (const caller of CALLERS) {
    if (!caller.username) continue;
    await signInAs(caller.username);
    expect((await getAuthSession())?.role, caller.username).toBe(caller.role);
  }
  signOut();
  const victimCity = tenants.find((t) => t.code === VICTIM.code)?.parent?.code;
  expect(callerById(VICTIM_CITY_VIEWER).username).toBe(`${victimCity}.viewer`);
  expect(callerById("other city's viewer").username).not.toBe(`${victimCity}.viewer`);
}
