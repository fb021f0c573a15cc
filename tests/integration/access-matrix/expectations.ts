// The access matrix's expectations: one entry per server action (every
// exported function of every module whose first statement is "use server",
// anywhere under app/, lib/ or components/) and one per exported HTTP method
// of every app/**/route.ts. enumeration.test.ts finds them in the code; one
// without an entry fails CI, naming it. The domain runners (plans.test.ts,
// work.test.ts, people.test.ts, routes.test.ts) then call each one as every
// kind of caller (callers.ts: the attacker tenant's four roles, the victim's
// city viewer, another city's viewer, the platform admin, no session), with a
// fingerprint of the whole database taken around each test's calls
// (tests/support/fingerprint.ts). The rules are at the top of run-matrix.ts.
//
// ADDING AN ENTRY (for a new action or route):
//  1. Open the table of its domain in ./entries/ (plans, work, people, routes)
//     — or add a new file there, list it in TABLES below and add a runner
//     `<name>.test.ts` containing `runMatrix(TABLES.<name>)`.
//  2. Key: "lib/foo/actions.ts#doFooAction" for an action, "GET /api/v1/foo/[id]"
//     for a route (the path below app/, route groups dropped).
//  3. `permission`: the one the code passes to tenantAction / tenantReadRoute
//     ("platform:manage" for platformAction; "signed-in" for an action any
//     session may call, such as switching the active tenant). The runner expects exactly the roles `can()` allows to
//     get past it; everyone else gets FAILURE_MESSAGES.forbidden / 403, and no
//     session gets FAILURE_MESSAGES.signedOut / 401, with nothing written.
//  4. `input` / `request`: build it from `target` (a Side in world.ts: ids of
//     the target tenant's plan, tasks, slots, indicators, members…; add a
//     fixture in world-side.ts if yours needs an object no other entry
//     touches — entries of one table share one database, in table order). The
//     runner builds it three times: with `target` = the caller's own tenant
//     (the success case: it must succeed, which proves the input well-formed),
//     = the victim tenant (it must be refused), and = the ghost (the victim's
//     shape, every id fresh): the victim's answer must equal the ghost's, so
//     another tenant's id is indistinguishable from a missing one, and it must
//     not be a validation error or a crash.
//     An action declaring two parameters is called as fn(null, input) (the
//     useActionState form), one as fn(input); FormData or a plain object.
//  5. `mixed` (optional): inputs that put one of `own`'s ids next to one of
//     `target`'s (own plan + victim's section…), judged like the victim case.
//  6. `noForeignIds` instead, when the input names nothing that could belong
//     to another tenant (create a plan, mark all my messages read): say why.
//     `foreignMaySucceed` when aiming at the victim may legitimately succeed
//     in the caller's own tenant (importing a copy of a document): say why.
//     `returnsNothing` for an action that answers with a redirect or nothing;
//     `childReads` for a city route whose answer may name the victim to the
//     victim's own city viewer.
//  7. `success`: which caller succeeds on its own tenant's objects; `changes`
//     the tables that must change there (the proof the call did something);
//     `globalWrites` the tables without tenant_id it may change (users…).
//     Nothing may change in any other tenant.
//  8. Routes that are open to anyone by design (health, readiness): kind
//     "public" — every caller gets 200 (or 503) and nothing is written.
//     Framework handlers that are not the app's resources: kind "external",
//     with the reason.
import type { Permission } from "@/lib/auth/permissions";
import type { CallerId } from "./callers";
import { BULLETINS } from "./entries/bulletins";
import { CITY } from "./entries/city";
import { EVIDENCE } from "./entries/evidence";
import { GROUPS } from "./entries/groups";
import { LIGHTS } from "./entries/lights";
import { MEMBERS_IMPORT } from "./entries/members-import";
import { NOTIFICATIONS } from "./entries/notifications";
import { ONCE } from "./entries/once";
import { PEOPLE } from "./entries/people";
import { PLATFORM } from "./entries/platform";
import { PUBLICATIONS } from "./entries/publications";
import { SLIPS } from "./entries/slips";
import { PLANS } from "./entries/plans";
import { REVIEWDAY } from "./entries/reviewday";
import { ROUTES } from "./entries/routes";
import { SEARCH } from "./entries/search";
import { SUPERVISION } from "./entries/supervision";
import { UNITS } from "./entries/units";
import { WORK } from "./entries/work";
import { THREAD } from "./entries/thread";
import type { Side, World } from "./world";

export interface Aim {
  /** The caller's home tenant (the attacker's, for callers from another tenant too). */
  own: Side;
  /** Whose objects the input names: own (success), victim, or ghost. */
  target: Side;
  world: World;
}

type Build<T> = (aim: Aim) => T;
export type ActionInput = FormData | Record<string, unknown>;

export interface Success {
  as: CallerId;
  /** Tables that must change in the caller's tenant. */
  changes?: string[];
  /** Tables without tenant_id the call may change. */
  globalWrites?: string[];
  /** Routes: the expected status (default 200). */
  status?: number;
  /** The call opens a tenant (the platform's createTenantAction): writes into a tenant that did not exist before count as its own. */
  opensTenant?: true;
}

interface Aimed<I> {
  permission: Permission | "signed-in";
  mixed?: Record<string, Build<I>>;
  /** Why the input cannot name another tenant's object (then no victim case is run). */
  noForeignIds?: string;
  /**
   * Why the victim case may succeed (importing a copy of a document another
   * tenant also has): then it must change nothing outside the caller's tenant
   * and reveal none of the victim's ids, and is not compared with the ghost.
   */
  foreignMaySucceed?: string;
  success: Success;
}

export interface ActionEntry extends Aimed<ActionInput> {
  input: Build<ActionInput>;
  /** The action answers with a redirect or nothing: only its effect on the database can be judged. */
  returnsNothing?: true;
}

export interface RouteRequest {
  /** Path and query, e.g. /api/v1/plans/<id>?q=x */
  url: string;
  params?: Record<string, string>;
  init?: RequestInit;
}

export interface TenantRouteEntry extends Aimed<RouteRequest> {
  kind: "tenant";
  request: Build<RouteRequest>;
  /** The victim's city viewer may see the victim's data in the answer (city reads of its districts). */
  childReads?: true;
}

export interface PublicRouteEntry {
  kind: "public";
  request: () => RouteRequest;
  why: string;
}

export interface ExternalRouteEntry {
  kind: "external";
  why: string;
}

export type RouteEntry = TenantRouteEntry | PublicRouteEntry | ExternalRouteEntry;

export interface Table {
  actions: Record<string, ActionEntry>;
  routes: Record<string, RouteEntry>;
}

export const TABLES = {
  plans: PLANS,
  work: WORK,
  people: PEOPLE,
  routes: ROUTES,
  groups: GROUPS,
  membersImport: MEMBERS_IMPORT,
  platform: PLATFORM,
  units: UNITS,
  lights: LIGHTS,
  slips: SLIPS,
  notifications: NOTIFICATIONS,
  supervision: SUPERVISION,
  reviewday: REVIEWDAY,
  bulletins: BULLETINS,
  search: SEARCH,
  evidence: EVIDENCE,
  once: ONCE,
  publications: PUBLICATIONS,
  city: CITY,
  thread: THREAD,
} satisfies Record<string, Table>;
