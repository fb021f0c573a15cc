// Every rule tried through the server actions directly, as a hostile client would.
import { describe, expect, it } from "vitest";
import { loadAuthSession } from "@/lib/auth/session";
import { verifyPassword } from "@/lib/auth/password";
import { createMemberAction, endMemberSessionsAction, resetMemberPasswordAction, setMemberActiveAction, updateMemberRoleAction } from "@/lib/members/actions";
import { openSessionFor, ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

async function membershipOf(username: string) {
  return ownerDb().membership.findFirstOrThrow({ where: { user: { username } }, include: { user: true } });
}

describe("member management actions", () => {
  it("require a session", async () => {
    signOut();
    expect(await setMemberActiveAction(null, { membershipId: (await membershipOf("jinfeng.staff")).id, active: "false" })).toEqual({
      ok: false,
      message: "登录已失效，请重新登录",
    });
  });

  it("are refused to staff, leaders and reporters", async () => {
    const target = await membershipOf("jinfeng.reporter");
    for (const username of ["jinfeng.staff", "jinfeng.leader", "jinfeng.reporter"]) {
      await signInAs(username);
      expect(await setMemberActiveAction(null, { membershipId: target.id, active: "false" })).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    }
    expect((await membershipOf("jinfeng.reporter")).user.isActive).toBe(true);
  });

  it("answer bad input with Chinese field errors and write nothing", async () => {
    await signInAs("jinfeng.admin");
    const before = await ownerDb().user.count();
    const result = await createMemberAction(null, { username: "A", displayName: "", role: "unit_reporter" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe("提交的内容有误，请检查标红的字段");
    expect(result.fieldErrors?.username?.[0]).toContain("用户名");
    expect(result.fieldErrors?.orgUnitId?.[0]).toBe("单位填报员必须绑定一个单位");
    expect(await ownerDb().user.count()).toBe(before);
    expect(await createMemberAction(null, { username: "role.hack", displayName: "x", role: "platform_admin" })).toMatchObject({
      ok: false,
      fieldErrors: { role: ["请选择角色"] },
    });
  });

  it("create an account bound to a unit of the admin's own tenant only", async () => {
    await signInAs("jinfeng.admin");
    const foreignUnit = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf("xingqing") } });
    const refused = await createMemberAction(null, {
      username: "cross.unit",
      displayName: "跨租户",
      role: "unit_reporter",
      orgUnitId: foreignUnit.id,
    });
    expect(refused).toMatchObject({ ok: false, message: "所选单位不存在" });
    expect(await ownerDb().user.count({ where: { username: "cross.unit" } })).toBe(0);

    const ownUnit = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf("jinfeng"), name: "教研室" } });
    const created = await createMemberAction(null, {
      username: "New.Teacher",
      displayName: "新填报员",
      role: "unit_reporter",
      orgUnitId: ownUnit.id,
    });
    expect(created).toMatchObject({ ok: true, message: "已创建账号", data: { username: "new.teacher" } });
    if (!created.ok) return;
    const member = await membershipOf("new.teacher");
    expect(member).toMatchObject({ role: "unit_reporter", orgUnitId: ownUnit.id, tenantId: await tenantIdOf("jinfeng") });
    // A generated one-time password, shown once, which the member must change at first sign-in.
    expect(created.data.password).toMatch(/^[a-zA-Z2-9]{12}$/);
    expect(await verifyPassword(member.user.passwordHash, created.data.password)).toBe(true);
    expect(member.user.mustChangePassword).toBe(true);
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { entityId: member.id } });
    expect(audit).toMatchObject({ action: "member.create", actorUserId: (await membershipOf("jinfeng.admin")).userId });

    expect(await createMemberAction(null, { username: "new.teacher", displayName: "重名", role: "bureau_staff" })).toMatchObject({
      ok: false,
      message: "该用户名已被使用",
    });
    // Another tenant's account is invisible to this admin, yet its name is still taken, and nothing is written.
    const usersBefore = await ownerDb().user.count();
    expect(await createMemberAction(null, { username: "xingqing.staff", displayName: "冒名", role: "bureau_staff" })).toMatchObject({
      ok: false,
      message: "该用户名已被使用",
    });
    expect(await ownerDb().user.count()).toBe(usersBefore);
    expect((await membershipOf("xingqing.staff")).user.displayName).not.toBe("冒名");
  });

  it("cannot touch another tenant's member by id: not found, nothing changed", async () => {
    await signInAs("jinfeng.admin");
    const foreign = await membershipOf("xingqing.staff");
    expect(await setMemberActiveAction(null, { membershipId: foreign.id, active: "false" })).toEqual({ ok: false, message: "成员不存在或无权管理" });
    expect(await resetMemberPasswordAction(null, { membershipId: foreign.id, password: "hijacked123" })).toMatchObject({ ok: false });
    expect(await updateMemberRoleAction(null, { membershipId: foreign.id, role: "bureau_admin" })).toMatchObject({ ok: false });
    const after = await membershipOf("xingqing.staff");
    expect(after.user.isActive).toBe(true);
    expect(after.role).toBe("bureau_staff");
    expect(after.user.sessionVersion).toBe(foreign.user.sessionVersion);
  });

  it("deactivating, changing the role or the password ends the member's sessions", async () => {
    await signInAs("helan.admin");
    for (const [username, act] of [
      ["helan.staff", (id: string) => setMemberActiveAction(null, { membershipId: id, active: "false" })],
      ["helan.leader", (id: string) => updateMemberRoleAction(null, { membershipId: id, role: "bureau_staff" })],
      ["helan.reporter", (id: string) => resetMemberPasswordAction(null, { membershipId: id, password: "a-new-password" })],
    ] as const) {
      const member = await membershipOf(username);
      const token = await openSessionFor(username);
      expect(await loadAuthSession(token)).not.toBeNull();
      expect(await act(member.id)).toMatchObject({ ok: true });
      expect(await loadAuthSession(token)).toBeNull();
    }
  });

  it("an admin ends all of a member's sessions; the account still signs in afresh", async () => {
    const phone = await openSessionFor("jinfeng.reporter");
    const laptop = await openSessionFor("jinfeng.reporter");
    await signInAs("jinfeng.admin");
    const member = await membershipOf("jinfeng.reporter");
    const live = await ownerDb().authSession.count({ where: { userId: member.userId, revokedAt: null } });
    expect(live).toBeGreaterThanOrEqual(2);
    expect(await endMemberSessionsAction(null, { membershipId: member.id })).toMatchObject({
      ok: true,
      data: live,
      message: `已结束该用户的 ${live} 个登录会话`,
    });
    expect(await loadAuthSession(phone)).toBeNull();
    expect(await loadAuthSession(laptop)).toBeNull();
    expect((await membershipOf("jinfeng.reporter")).user).toMatchObject({ isActive: true, sessionVersion: member.user.sessionVersion });
    expect(await loadAuthSession(await openSessionFor("jinfeng.reporter"))).not.toBeNull();
    expect(await ownerDb().auditEvent.findFirst({ where: { entityId: member.id, action: "member.sessions.end" } })).toMatchObject({ after: { ended: live } });
  });

  it("ending sessions: only bureau admins, only their own tenant's members", async () => {
    const foreign = await openSessionFor("xingqing.staff");
    const foreignMember = await membershipOf("xingqing.staff");
    await signInAs("jinfeng.admin");
    expect(await endMemberSessionsAction(null, { membershipId: foreignMember.id })).toEqual({ ok: false, message: "成员不存在或无权管理" });
    await signInAs("jinfeng.staff");
    expect(await endMemberSessionsAction(null, { membershipId: (await membershipOf("jinfeng.leader")).id })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    expect(await loadAuthSession(foreign)).not.toBeNull();
  });

  it("an admin cannot lock themselves out", async () => {
    await signInAs("huiji.admin");
    const self = await membershipOf("huiji.admin");
    expect(await setMemberActiveAction(null, { membershipId: self.id, active: "false" })).toEqual({ ok: false, message: "不能停用自己的账号" });
  });
});
