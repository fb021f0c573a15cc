// Sign-in against the real database: credentials through sign_in_credentials(),
// the throttle on auth_failures, the session row the cookie will name.
import { beforeEach, describe, expect, it } from "vitest";
import { authorizeCredentials, SIGN_IN_MESSAGES } from "@/lib/auth/options";
import { loadAuthSession } from "@/lib/auth/session";
import { THROTTLE } from "@/lib/auth/throttle";
import { ownerDb } from "@/tests/support/db";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";

const from = (address: string, userAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0.0.0 Safari/537.36") => ({
  "x-forwarded-for": address,
  "user-agent": userAgent,
});
const attempt = (username: string, password: string, address: string) => authorizeCredentials({ username, password }, from(address));

/** Moves every recorded failure `seconds` into the past, as if the attacker had waited. */
async function wait(seconds: number) {
  await ownerDb().$executeRaw`UPDATE auth_failures SET created_at = created_at - make_interval(secs => ${seconds})`;
}

describe("sign-in", () => {
  beforeEach(async () => {
    await ownerDb().authFailure.deleteMany();
  });

  it("accepts the right password and opens a server-side session named by the token", async () => {
    const user = await attempt("jinfeng.admin", DEMO_PASSWORD, "10.0.0.1");
    expect(user.name).toBe("金凤区教育局管理员");
    expect(user.sessionVersion).toBe(1);
    const stored = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.admin" }, include: { sessions: true } });
    expect(stored.lastLoginAt).not.toBeNull();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(DEMO_PASSWORD);
    const session = stored.sessions.find((s) => s.id === user.sessionId);
    expect(session).toMatchObject({ address: "10.0.0.1", revokedAt: null, sessionVersion: 1 });
    expect(session!.userAgent).toContain("Chrome/130");
    expect(session!.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    expect(await loadAuthSession({ userId: user.id, sessionId: user.sessionId, sessionVersion: 1 })).toMatchObject({ username: "jinfeng.admin" });
  });

  it("refuses a wrong password and an unknown user with the same Chinese message", async () => {
    await expect(attempt("jinfeng.admin", "wrong-password", "10.0.0.2")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(attempt("nobody.here", DEMO_PASSWORD, "10.0.0.2")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(authorizeCredentials({ username: "", password: "" }, from("10.0.0.2"))).rejects.toThrow(SIGN_IN_MESSAGES.missing);
    expect(await ownerDb().authFailure.count({ where: { address: "10.0.0.2" } })).toBe(2);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await ownerDb().user.update({ where: { username: "huiji.staff" }, data: { isActive: false } });
    await expect(attempt("huiji.staff", DEMO_PASSWORD, "10.0.0.3")).rejects.toThrow(SIGN_IN_MESSAGES.inactive);
  });

  it("slows the failing address exponentially: three free failures, then 30 s, 60 s, … even for the right password", async () => {
    for (let i = 0; i < THROTTLE.freeFailures; i++) await expect(attempt("helan.staff", `bad-${i}`, "10.1.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    // The failing source is refused without its password being checked.
    await expect(attempt("helan.staff", DEMO_PASSWORD, "10.1.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.throttled);
    await wait(31);
    await expect(attempt("helan.staff", "bad-again", "10.1.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await wait(31);
    await expect(attempt("helan.staff", DEMO_PASSWORD, "10.1.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.throttled);
    await wait(30);
    // Having waited, the owner's password works there again and clears that source.
    await expect(attempt("helan.staff", DEMO_PASSWORD, "10.1.0.1")).resolves.toMatchObject({ name: expect.any(String) });
    await expect(attempt("helan.staff", "one-typo", "10.1.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(attempt("helan.staff", DEMO_PASSWORD, "10.1.0.1")).resolves.toBeTruthy();
  });

  it("25 failures from 25 addresses: each address is throttled after one, the owner still signs in from a fresh address", async () => {
    for (let i = 0; i < 25; i++) {
      await expect(attempt("xingqing.admin", `guess-${i}`, `198.51.100.${i}`)).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    }
    // The account is under attack: an address that has failed on it once now waits, whatever it sends.
    for (let i = 0; i < 25; i += 6) {
      await expect(attempt("xingqing.admin", `again-${i}`, `198.51.100.${i}`)).rejects.toThrow(SIGN_IN_MESSAGES.throttled);
      await expect(attempt("xingqing.admin", DEMO_PASSWORD, `198.51.100.${i}`)).rejects.toThrow(SIGN_IN_MESSAGES.throttled);
    }
    // The owner, from an address that has not been failing, is never refused.
    await expect(attempt("xingqing.admin", DEMO_PASSWORD, "10.20.0.1")).resolves.toMatchObject({ name: "兴庆区教育局管理员" });
    // Other accounts are untouched by the attack on this one.
    await expect(attempt("xingqing.staff", DEMO_PASSWORD, "198.51.100.3")).resolves.toBeTruthy();
  });

  it("an address under attack (a shared NAT) never refuses a correct password for an account it has not failed on", async () => {
    for (let i = 0; i < THROTTLE.addressUnderAttack; i++) {
      await expect(attempt(`guess-${i}`, "x", "10.2.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    }
    await expect(attempt("xingqing.leader", DEMO_PASSWORD, "10.2.0.1")).resolves.toBeTruthy();
    // One typo there is all that address gets on an account while it is under attack.
    await expect(attempt("xingqing.reporter", "typo", "10.2.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(attempt("xingqing.reporter", DEMO_PASSWORD, "10.2.0.1")).rejects.toThrow(SIGN_IN_MESSAGES.throttled);
    await expect(attempt("xingqing.reporter", DEMO_PASSWORD, "10.2.0.2")).resolves.toBeTruthy();
  });

  it("a burst of parallel guesses from one address gets the allowance, not one guess per request in flight", async () => {
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => attempt("huiji.admin", `burst-${i}`, "10.3.0.1")));
    const messages = results.map((r) => (r.status === "rejected" ? (r.reason as Error).message : "signed in"));
    expect(messages.filter((m) => m === SIGN_IN_MESSAGES.invalid)).toHaveLength(THROTTLE.freeFailures);
    expect(messages.filter((m) => m === SIGN_IN_MESSAGES.throttled)).toHaveLength(20 - THROTTLE.freeFailures);
  });

  it("tells the owner, once signed in, about the failed attempts since their previous sign-in", async () => {
    await attempt("helan.leader", DEMO_PASSWORD, "10.4.0.1");
    expect(await signedInNotice("helan.leader", "10.4.0.1")).toBeNull();
    await expect(attempt("helan.leader", "nope-1", "203.0.113.7")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(attempt("helan.leader", "nope-2", "203.0.113.8")).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    const notice = await signedInNotice("helan.leader", "10.4.0.1");
    expect(notice).toMatchObject({ failures: 2, lastAddress: "203.0.113.8" });
    // Told once per sign-in: the next one starts from zero again.
    expect(await signedInNotice("helan.leader", "10.4.0.1")).toBeNull();
  });
});

async function signedInNotice(username: string, address: string) {
  const user = await attempt(username, DEMO_PASSWORD, address);
  const session = await loadAuthSession({ userId: user.id, sessionId: user.sessionId, sessionVersion: user.sessionVersion });
  return session!.signInNotice;
}
