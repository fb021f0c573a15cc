import { describe, expect, it } from "vitest";
import { getAuthSession, loadAuthSession } from "@/lib/auth/session";
import { switchTenantAction } from "@/lib/tenants/actions";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

describe("session", () => {
  it("resolves the user's tenant and role from the database", async () => {
    await signInAs("jinfeng.reporter");
    const session = await getAuthSession();
    expect(session?.tenant?.tenantCode).toBe("jinfeng");
    expect(session?.role).toBe("unit_reporter");
    expect(session?.tenant?.orgUnitId).toBeTruthy();
  });

  it("treats no cookie as signed out", async () => {
    signOut();
    expect(await getAuthSession()).toBeNull();
  });

  it("dies when the user is deactivated, or their session version moves on", async () => {
    const token = await signInAs("xingqing.staff");
    expect(await loadAuthSession(token)).not.toBeNull();
    await ownerDb().user.update({ where: { id: token.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadAuthSession(token)).toBeNull();
    // A token claiming the new version does not revive a session issued under the old one.
    expect(await loadAuthSession({ ...token, sessionVersion: 2 })).toBeNull();
    const fresh = await signInAs("xingqing.staff");
    expect(fresh.sessionVersion).toBe(2);
    expect(await loadAuthSession(fresh)).not.toBeNull();
    await ownerDb().user.update({ where: { id: token.userId }, data: { isActive: false } });
    expect(await loadAuthSession(fresh)).toBeNull();
  });

  it("dies when its server-side row is ended or expired, and only that one", async () => {
    const first = await signInAs("jinfeng.leader");
    const second = await signInAs("jinfeng.leader");
    await ownerDb().authSession.update({ where: { id: first.sessionId }, data: { revokedAt: new Date() } });
    expect(await loadAuthSession(first)).toBeNull();
    expect(await loadAuthSession(second)).not.toBeNull();
    await ownerDb().authSession.update({ where: { id: second.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await loadAuthSession(second)).toBeNull();
    // Another user's session id in a token is no session either.
    const other = await signInAs("jinfeng.staff");
    expect(await loadAuthSession({ ...other, sessionId: (await signInAs("jinfeng.admin")).sessionId })).toBeNull();
    expect(await loadAuthSession({ ...other, sessionId: "not-a-uuid" })).toBeNull();
  });

  it("gives a platform admin no tenant", async () => {
    await signInAs("platform.admin");
    const session = await getAuthSession();
    expect(session?.tenant).toBeNull();
    expect(session?.role).toBe("platform_admin");
  });

  it("switches only among the user's own memberships", async () => {
    const token = await signInAs("helan.leader");
    const { userId } = token;
    await ownerDb().membership.create({ data: { tenantId: await tenantIdOf("huiji"), userId, role: "bureau_staff" } });
    expect((await getAuthSession())?.memberships.map((m) => m.tenantCode).sort()).toEqual(["helan", "huiji"]);

    expect(await switchTenantAction({ tenantCode: "huiji" })).toEqual({ ok: true, data: undefined });
    const switched = await loadAuthSession(token, "huiji");
    expect(switched?.tenant?.tenantCode).toBe("huiji");
    expect(switched?.role).toBe("bureau_staff");

    expect(await switchTenantAction({ tenantCode: "jinfeng" })).toEqual({ ok: false, message: "您不属于该单位" });
    expect((await loadAuthSession(token, "jinfeng"))?.tenant?.tenantCode).toBe("helan");
  });
});
