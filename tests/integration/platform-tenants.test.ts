// The platform admin opens, renames, moves and deactivates tenants and manages
// city viewers: the server actions called directly, as a hostile client would,
// against the real database (RLS, the app role, the session lookup).
import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/options";
import { loadAuthSession } from "@/lib/auth/session";
import { listChildTenants } from "@/lib/db/tenant-scope";
import {
  createCityViewerAction,
  createTenantAction,
  moveTenantAction,
  renameTenantAction,
  resetCityViewerPasswordAction,
  setCityViewerActiveAction,
  setTenantActiveAction,
} from "@/lib/platform/actions";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";
import { openSessionFor, ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import type { TenantSession } from "@/lib/auth/session";

const signIn = (username: string, password: string) => authorizeCredentials({ username, password }, { "x-forwarded-for": "10.12.0.1" });

async function directory() {
  return { tenants: await ownerDb().tenant.count(), users: await ownerDb().user.count(), memberships: await ownerDb().membership.count() };
}

describe("platform admin: tenants", () => {
  it("opens a bureau under a city with its admin, whose one-time password signs in once and must be changed", async () => {
    await signInAs("platform.admin");
    const result = await createTenantAction(null, {
      kind: "bureau",
      code: "xixia",
      name: "西夏区教育局",
      parentCode: "yinchuan",
      adminUsername: "xixia.admin",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ message: "已开通 西夏区教育局", data: { username: "xixia.admin" } });
    expect(result.data.oneTimePassword).toMatch(/^[A-Za-z2-9]{12}$/);

    const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { code: "xixia" }, include: { parent: true } });
    expect(tenant).toMatchObject({ kind: "bureau", isActive: true, parent: { code: "yinchuan" } });
    const user = await ownerDb().user.findUniqueOrThrow({ where: { username: "xixia.admin" }, include: { memberships: true } });
    expect(user).toMatchObject({ mustChangePassword: true, isPlatformAdmin: false, memberships: [{ tenantId: tenant.id, role: "bureau_admin" }] });
    expect(await ownerDb().auditEvent.count({ where: { tenantId: tenant.id, action: "tenant.create" } })).toBe(1);

    const signedIn = await signIn("xixia.admin", result.data.oneTimePassword);
    const session = await loadAuthSession({ userId: signedIn.id, sessionId: signedIn.sessionId, sessionVersion: signedIn.sessionVersion });
    expect(session).toMatchObject({ mustChangePassword: true, role: "bureau_admin", tenant: { tenantCode: "xixia" } });
    // The city's viewer now reads the new district.
    const viewer = (await loadAuthSession(await openSessionFor("yinchuan.viewer"))) as TenantSession;
    expect((await listChildTenants(viewer)).map((c) => c.code)).toContain("xixia");
  });

  it("opens a city whose first account is its viewer", async () => {
    await signInAs("platform.admin");
    const result = await createTenantAction(null, { kind: "city", code: "shizuishan", name: "石嘴山市教育局", adminUsername: "shizuishan.viewer" });
    expect(result).toMatchObject({ ok: true });
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "shizuishan.viewer" } }, include: { tenant: true } });
    expect(membership).toMatchObject({ role: "city_viewer", tenant: { kind: "city", parentId: null } });
  });

  it.each([
    [{ kind: "city", code: "gyy", name: "固原市教育局", parentCode: "gyy", adminUsername: "gyy.viewer" }, "市级教育局不能以自己为上级单位"],
    [{ kind: "city", code: "gyy", name: "固原市教育局", parentCode: "yinchuan", adminUsername: "gyy.viewer" }, "市级教育局没有上级单位，请不要填写上级"],
    [
      { kind: "bureau", code: "yuanzhou", name: "原州区教育局", parentCode: "jinfeng", adminUsername: "yz.admin" },
      "上级单位必须是市级教育局：jinfeng 是区县教育局",
    ],
    [{ kind: "bureau", code: "yuanzhou", name: "原州区教育局", parentCode: "guyuan", adminUsername: "yz.admin" }, "没有代码为 guyuan 的市级教育局"],
    [{ kind: "bureau", code: "jinfeng", name: "重复的金凤区", parentCode: "yinchuan", adminUsername: "yz.admin" }, "单位代码 jinfeng 已被使用"],
    [{ kind: "bureau", code: "yuanzhou", name: "原州区教育局", parentCode: "yinchuan", adminUsername: "jinfeng.admin" }, "用户名 jinfeng.admin 已被使用"],
  ])("refuses %o with a clear message and writes nothing", async (input, message) => {
    await signInAs("platform.admin");
    const before = await directory();
    expect(await createTenantAction(null, input)).toMatchObject({ ok: false, message });
    expect(await directory()).toEqual(before);
  });

  it("is the platform admin's alone", async () => {
    for (const username of ["jinfeng.admin", "yinchuan.viewer"]) {
      await signInAs(username);
      const before = await directory();
      expect(await createTenantAction(null, { kind: "bureau", code: "sneak", name: "冒名教育局", adminUsername: "sneak.admin" })).toEqual({
        ok: false,
        message: "您没有执行此操作的权限",
      });
      expect(await renameTenantAction(null, { tenantId: await tenantIdOf("jinfeng"), name: "改名" })).toMatchObject({ ok: false });
      expect(await directory()).toEqual(before);
    }
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { code: "jinfeng" } })).name).toBe("金凤区教育局");
  });

  it("renames, and moves a bureau under another city: the new city's viewers read it, the old city's no longer do", async () => {
    await signInAs("platform.admin");
    const helan = await tenantIdOf("helan");
    expect(await renameTenantAction(null, { tenantId: helan, name: "贺兰县教育局" })).toMatchObject({ ok: true, message: "已更名" });
    expect(await moveTenantAction(null, { tenantId: helan, parentCode: "zhengzhou" })).toMatchObject({ ok: true, message: "已调整上级单位" });
    expect(await ownerDb().tenant.findUniqueOrThrow({ where: { id: helan }, include: { parent: true } })).toMatchObject({
      name: "贺兰县教育局",
      parent: { code: "zhengzhou" },
    });
    const children = async (viewer: string) =>
      (await listChildTenants((await loadAuthSession(await openSessionFor(viewer))) as TenantSession)).map((c) => c.code);
    expect(await children("zhengzhou.viewer")).toContain("helan");
    expect(await children("yinchuan.viewer")).not.toContain("helan");
    // A city does not move, and a bureau cannot become a parent.
    expect(await moveTenantAction(null, { tenantId: await tenantIdOf("yinchuan"), parentCode: "zhengzhou" })).toMatchObject({
      ok: false,
      message: "只有区县教育局可以调整上级单位",
    });
    expect(await moveTenantAction(null, { tenantId: helan, parentCode: "jinfeng" })).toMatchObject({
      ok: false,
      message: "上级单位必须是市级教育局：jinfeng 是区县教育局",
    });
  });

  it("deactivating ends its people's sessions and refuses their sign-in, keeps its data; reactivating lets them back", async () => {
    const huiji = await tenantIdOf("huiji");
    const live = await openSessionFor("huiji.staff");
    const plans = await ownerDb().plan.count({ where: { tenantId: huiji } });
    await signInAs("platform.admin");
    const off = await setTenantActiveAction(null, { tenantId: huiji, active: "false" });
    expect(off).toMatchObject({ ok: true, data: { active: false } });
    expect(await loadAuthSession(live)).toBeNull();
    await expect(signIn("huiji.staff", DEMO_PASSWORD)).rejects.toThrow("该账号已停用，请联系本单位管理员");
    expect(await ownerDb().plan.count({ where: { tenantId: huiji } })).toBe(plans);
    expect(await setTenantActiveAction(null, { tenantId: huiji, active: "false" })).toMatchObject({ ok: false, message: "该单位已停用" });
    // Other tenants' people are untouched.
    await expect(signIn("jinfeng.staff", DEMO_PASSWORD)).resolves.toMatchObject({ name: expect.any(String) });

    expect(await setTenantActiveAction(null, { tenantId: huiji, active: "true" })).toMatchObject({ ok: true, message: "已启用" });
    const back = await signIn("huiji.staff", DEMO_PASSWORD);
    expect(await loadAuthSession({ userId: back.id, sessionId: back.sessionId, sessionVersion: back.sessionVersion })).toMatchObject({
      tenant: { tenantCode: "huiji" },
    });
  });

  it("creates, resets and deactivates city viewers; a bureau's account is not one", async () => {
    await signInAs("platform.admin");
    const yinchuan = await tenantIdOf("yinchuan");
    const created = await createCityViewerAction(null, { cityCode: "yinchuan", username: "yc.viewer2", displayName: "市局科员" });
    if (!created.ok) throw new Error(created.message);
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "yc.viewer2" } } });
    expect(membership).toMatchObject({ tenantId: yinchuan, role: "city_viewer" });
    expect(await createCityViewerAction(null, { cityCode: "jinfeng", username: "yc.viewer3", displayName: "x" })).toMatchObject({ ok: false });
    expect(await createCityViewerAction(null, { cityCode: "yinchuan", username: "jinfeng.staff", displayName: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { username: ["用户名 jinfeng.staff 已被使用"] },
    });

    const first = await signIn("yc.viewer2", created.data.oneTimePassword);
    const reset = await resetCityViewerPasswordAction(null, { username: "yc.viewer2" });
    if (!reset.ok) throw new Error(reset.message);
    expect(reset.data.oneTimePassword).not.toBe(created.data.oneTimePassword);
    expect(await loadAuthSession({ userId: first.id, sessionId: first.sessionId, sessionVersion: first.sessionVersion })).toBeNull();
    await expect(signIn("yc.viewer2", reset.data.oneTimePassword)).resolves.toBeTruthy();

    expect(await setCityViewerActiveAction(null, { username: "yc.viewer2", active: "false" })).toMatchObject({
      ok: true,
      message: "已停用账号，其登录会话已结束",
    });
    await expect(signIn("yc.viewer2", reset.data.oneTimePassword)).rejects.toThrow("该账号已停用");
    expect(await resetCityViewerPasswordAction(null, { username: "jinfeng.staff" })).toMatchObject({ ok: false, message: "该账号不是市级查看账号" });
  });
});
