// Single sign-on's identity mapping against the real database: the claim the
// provider vouched for names an existing account or is refused; nothing is
// ever created; a success opens the same server-side session a password does.
import { beforeEach, describe, expect, it } from "vitest";
import { signInWithIdentity } from "@/lib/auth/oidc-sign-in";
import { loadAuthSession } from "@/lib/auth/session";
import { ownerDb } from "@/tests/support/db";

const from = (address: string) => ({ "x-forwarded-for": address, "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36" });
const identity = (claims: Record<string, unknown>) => ({ sub: "gov-8f3a", iss: "https://id.gov.example.cn", ...claims });

async function counts() {
  const db = ownerDb();
  return { users: await db.user.count(), sessions: await db.authSession.count(), memberships: await db.membership.count() };
}

describe("single sign-on identity mapping", () => {
  beforeEach(async () => {
    await ownerDb().authFailure.deleteMany();
  });

  it("maps preferred_username to the existing account and opens a server-side session like a password's", async () => {
    const before = await counts();
    const outcome = await signInWithIdentity(identity({ preferred_username: "jinfeng.staff" }), "preferred_username", from("10.9.0.1"));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const stored = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.staff" }, include: { sessions: true } });
    expect(outcome.user).toMatchObject({ id: stored.id, name: "金凤区教育局工作人员", sessionVersion: stored.sessionVersion });
    expect(stored.lastLoginAt).not.toBeNull();
    const session = stored.sessions.find((s) => s.id === outcome.user.sessionId);
    expect(session).toMatchObject({ address: "10.9.0.1", revokedAt: null, sessionVersion: stored.sessionVersion });
    expect(session!.userAgent).toContain("Chrome/131");
    expect(session!.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    const live = await loadAuthSession({ userId: stored.id, sessionId: outcome.user.sessionId, sessionVersion: stored.sessionVersion });
    expect(live).toMatchObject({ username: "jinfeng.staff", role: "bureau_staff", tenant: { tenantCode: "jinfeng" } });
    expect(await counts()).toEqual({ ...before, sessions: before.sessions + 1 });
  });

  it("reads the claim the operator named instead", async () => {
    const outcome = await signInWithIdentity(identity({ preferred_username: "someone.else", employee_no: "helan.leader" }), "employee_no", from("10.9.0.2"));
    expect(outcome).toMatchObject({ ok: true, user: { name: "贺兰县教育体育局分管领导" } });
  });

  it("refuses an identity without the claim, or with a value that is no username, and writes nothing", async () => {
    const before = await counts();
    for (const claims of [
      {},
      { preferred_username: "" },
      { preferred_username: 42 },
      { preferred_username: ["jinfeng.staff"] },
      { preferred_username: "x".repeat(65) },
    ]) {
      expect(await signInWithIdentity(identity(claims), "preferred_username", from("10.9.0.3"))).toEqual({ ok: false, refusal: "noUsername", username: null });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses an identity that names no account, never creating one (exact match, no case folding)", async () => {
    const before = await counts();
    expect(await signInWithIdentity(identity({ preferred_username: "wang.unknown" }), "preferred_username", from("10.9.0.4"))).toEqual({
      ok: false,
      refusal: "unknown",
      username: "wang.unknown",
    });
    for (const near of ["JINFENG.STAFF", " jinfeng.staff", "jinfeng.staff "]) {
      expect(await signInWithIdentity(identity({ preferred_username: near }), "preferred_username", from("10.9.0.4"))).toMatchObject({
        ok: false,
        refusal: "unknown",
      });
    }
    expect(await ownerDb().user.count({ where: { username: "wang.unknown" } })).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("refuses a deactivated account", async () => {
    await ownerDb().user.update({ where: { username: "huiji.staff" }, data: { isActive: false } });
    const before = await counts();
    expect(await signInWithIdentity(identity({ preferred_username: "huiji.staff" }), "preferred_username", from("10.9.0.5"))).toMatchObject({
      ok: false,
      refusal: "inactive",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses the platform admin: that account signs in with its password only", async () => {
    const before = await counts();
    expect(await signInWithIdentity(identity({ preferred_username: "platform.admin" }), "preferred_username", from("10.9.0.6"))).toMatchObject({
      ok: false,
      refusal: "platformAdmin",
    });
    // Also when a bureau account is made platform admin: the flag decides, not the name.
    await ownerDb().user.update({ where: { username: "xingqing.staff" }, data: { isPlatformAdmin: true } });
    expect(await signInWithIdentity(identity({ preferred_username: "xingqing.staff" }), "preferred_username", from("10.9.0.6"))).toMatchObject({
      ok: false,
      refusal: "platformAdmin",
    });
    expect(await counts()).toEqual(before);
  });

  it("treats the throttle like a password sign-in: this source's failures are cleared, the owner is told of them, others' stay", async () => {
    const db = ownerDb();
    const owner = await db.user.findUniqueOrThrow({ where: { username: "xingqing.leader" } });
    await db.user.update({ where: { id: owner.id }, data: { lastLoginAt: new Date(Date.now() - 3_600_000) } });
    await db.authFailure.createMany({
      data: [
        { username: "xingqing.leader", address: "10.9.0.7", userAgent: "x", userId: owner.id },
        { username: "xingqing.leader", address: "203.0.113.9", userAgent: "x", userId: owner.id },
        { username: "helan.admin", address: "10.9.0.7", userAgent: "x" },
      ],
    });
    const outcome = await signInWithIdentity(identity({ preferred_username: "xingqing.leader" }), "preferred_username", from("10.9.0.7"));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const failures = await db.authFailure.findMany({ orderBy: [{ address: "asc" }, { username: "asc" }] });
    // Nothing is deleted (single sign-on reserves no attempt); only this source's failures on this account are cleared.
    expect(failures.map((f) => [f.username, f.address, f.clearedAt !== null])).toEqual([
      ["helan.admin", "10.9.0.7", false],
      ["xingqing.leader", "10.9.0.7", true],
      ["xingqing.leader", "203.0.113.9", false],
    ]);
    const session = await db.authSession.findUniqueOrThrow({ where: { id: outcome.user.sessionId } });
    expect(session).toMatchObject({ failuresBefore: 2, lastFailureAddress: expect.any(String) });
  });
});
