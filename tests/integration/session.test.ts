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
    const { userId } = await signInAs("xingqing.staff");
    expect(await loadAuthSession(userId, 1)).not.toBeNull();
    await ownerDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadAuthSession(userId, 1)).toBeNull();
    expect(await loadAuthSession(userId, 2)).not.toBeNull();
    await ownerDb().user.update({ where: { id: userId }, data: { isActive: false } });
    expect(await loadAuthSession(userId, 2)).toBeNull();
  });

  it("gives a platform admin no tenant", async () => {
    await signInAs("platform.admin");
    const session = await getAuthSession();
    expect(session?.tenant).toBeNull();
    expect(session?.role).toBe("platform_admin");
  });

  it("switches only among the user's own memberships", async () => {
    const { userId } = await signInAs("helan.leader");
    await ownerDb().membership.create({ data: { tenantId: await tenantIdOf("huiji"), userId, role: "bureau_staff" } });
    expect((await getAuthSession())?.memberships.map((m) => m.tenantCode).sort()).toEqual(["helan", "huiji"]);

    expect(await switchTenantAction({ tenantCode: "huiji" })).toEqual({ ok: true, data: undefined });
    const switched = await loadAuthSession(userId, 1, "huiji");
    expect(switched?.tenant?.tenantCode).toBe("huiji");
    expect(switched?.role).toBe("bureau_staff");

    expect(await switchTenantAction({ tenantCode: "jinfeng" })).toEqual({ ok: false, message: "您不属于该单位" });
    expect((await loadAuthSession(userId, 1, "jinfeng"))?.tenant?.tenantCode).toBe("helan");
  });
});
