// What every access-matrix test shares: the world it aims at, the fingerprint
// around each test's calls, who is calling, and the two judgements made of
// every answer (what it wrote, which of the victim's ids it names).
import { expect } from "vitest";
import { can } from "@/lib/auth/permissions";
import { getAuthSession } from "@/lib/auth/session";
import type { SessionToken } from "@/lib/auth/token";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";
import { Fingerprinter, diff, type Change, type Fingerprint } from "@/tests/support/fingerprint";
import { setToken } from "@/tests/support/request-context";
import { CALLERS, VICTIM_CITY_VIEWER, callerById, type Caller } from "./callers";
import { routeHandlers } from "./discover";
import type { Aim, Table } from "./expectations";
import { VICTIM, buildWorld, type World } from "./world";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function allows(permission: Table["actions"][string]["permission"], caller: Caller): boolean {
  if (!caller.username) return false;
  if (permission === "signed-in") return true;
  return can(caller.role, permission);
}

export const nameOf = (caller: Caller) => `${caller.id} (${caller.username ?? "no session"})`;

/**
 * Each caller's session token, opened once by Matrix.setUp before the first
 * fingerprint: a session is a row in auth_sessions, and opening one inside a
 * test would count as a write. (An entry that ends its caller's own sessions
 * must therefore come last in its table.)
 */
const tokens = new Map<string, SessionToken>();

export async function actAs(caller: Caller): Promise<void> {
  if (!caller.username) return signOut();
  const token = tokens.get(caller.username);
  if (!token) throw new Error(`${caller.username} has no session: Matrix.setUp opens one per caller`);
  setToken(token);
}

/** Filled in by setUp (beforeAll); the tests are declared before it runs and read it when they run. */
export class Matrix {
  world!: World;
  private fingerprints!: Fingerprinter;
  private last!: Fingerprint;
  private tenantCodes = new Map<string, string>();
  private victimMarkers: string[] = [];
  private routeFiles = new Map<string, string>();

  async setUp(table: Table): Promise<void> {
    this.world = await buildWorld();
    const tenants = await ownerDb().tenant.findMany({ include: { parent: true } });
    this.tenantCodes = new Map(tenants.map((t) => [t.id, t.code]));
    // Signs every caller in (session rows) before the first fingerprint.
    await checkCallers(tenants);
    this.fingerprints = await Fingerprinter.open(process.env.TEST_OWNER_DATABASE_URL!);
    this.last = await this.fingerprints.take();
    // The victim's ids, and its code and name as JSON strings (the city comparison names districts by code).
    const victim = this.world.victim;
    this.victimMarkers = [...new Set(JSON.stringify(victim).match(UUID)), JSON.stringify(victim.code), JSON.stringify(victim.name)];
    if (Object.keys(table.routes).length) this.routeFiles = new Map((await routeHandlers()).map((r) => [r.key, r.file]));
  }

  async tearDown(): Promise<void> {
    await this.fingerprints?.close();
  }

  aim(target: "own" | "victim" | "ghost"): Aim {
    return { own: this.world.own, target: this.world[target], world: this.world };
  }

  routeFile(key: string): string | undefined {
    return this.routeFiles.get(key);
  }

  /**
   * Runs `fn` (one test's calls) between two fingerprints and returns what
   * changed; the second fingerprint is the next test's first. One pair per
   * test, not per call: the calls of one test must all write nothing, or (the
   * success case) only in the caller's tenant.
   */
  async observed(fn: () => Promise<void>): Promise<Change[]> {
    const before = this.last;
    try {
      await fn();
    } finally {
      this.last = await this.fingerprints.take();
    }
    return diff(before, this.last);
  }

  /** "plans@xingqing, users@global": where the changes are. */
  where(changes: Change[]): string {
    return changes.map((c) => `${c.table}@${c.tenantId ? (this.tenantCodes.get(c.tenantId) ?? c.tenantId) : "global"}`).join(", ");
  }

  /** The victim's markers found in an answer (a route's body, or an action's result as JSON). */
  leaks(answer: unknown): string {
    const text = typeof answer === "string" ? answer : JSON.stringify(answer ?? null);
    return this.victimMarkers.filter((marker) => text.includes(marker)).join(", ");
  }

  expectNoWrites(changes: Change[], context: string): void {
    expect(this.where(changes), `${context} wrote: ${this.where(changes)}`).toBe("");
  }

  expectNoLeak(answer: unknown, context: string, check: typeof expect.soft = expect): void {
    check(this.leaks(answer), `${context}: the answer names the victim's ids: ${this.leaks(answer)}`).toBe("");
  }

  /** The success case: nothing outside the caller's tenant but the declared global tables, and the declared changes made. */
  expectOwnWrites(changes: Change[], success: { changes?: string[]; globalWrites?: string[]; opensTenant?: true }, context: string): void {
    const own = this.world.own.tenantId;
    const isOwn = (tenantId: string) => tenantId === own || (success.opensTenant === true && !this.tenantCodes.has(tenantId));
    const elsewhere = changes.filter((c) => (c.tenantId ? !isOwn(c.tenantId) : !(success.globalWrites ?? []).includes(c.table)));
    this.expectNoWrites(elsewhere, `${context}, outside its tenant or to an undeclared global table,`);
    const touched = new Set(changes.filter((c) => c.tenantId === own || c.tenantId === null).map((c) => c.table));
    for (const table of success.changes ?? []) expect(touched.has(table), `expected a change in ${table}; changed: ${this.where(changes)}`).toBe(true);
  }
}

/** The callers are who the matrix says: the roles, and which city sits above the victim. Keeps each one's session for actAs. */
async function checkCallers(tenants: { code: string; parent: { code: string } | null }[]): Promise<void> {
  for (const caller of CALLERS) {
    if (!caller.username) continue;
    tokens.set(caller.username, await signInAs(caller.username));
    expect((await getAuthSession())?.role, caller.username).toBe(caller.role);
  }
  signOut();
  const victimCity = tenants.find((t) => t.code === VICTIM.code)?.parent?.code;
  expect(callerById(VICTIM_CITY_VIEWER).username).toBe(`${victimCity}.viewer`);
  expect(callerById("other city's viewer").username).not.toBe(`${victimCity}.viewer`);
}
