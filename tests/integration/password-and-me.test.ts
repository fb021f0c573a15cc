// A one-time password leads every page to the change form until the user
// picks their own; /api/v1/me answers meanwhile, and for everyone.
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { changeOwnPasswordAction } from "@/lib/account/actions";
import { requireSession } from "@/lib/auth/guards";
import { authorizeCredentials } from "@/lib/auth/options";
import { getAuthSession, loadAuthSession } from "@/lib/auth/session";
import { createPrismaClient } from "@/lib/db/client";
import { createTenantAction } from "@/lib/platform/actions";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";
import { openSessionFor, ownerDb, signInAs, signOut, tenantIdOf, withAppClient } from "@/tests/support/db";
import { setToken } from "@/tests/support/request-context";

/** next/navigation's redirect() throws; its digest names the target. */
async function redirectOf(page: () => Promise<unknown>): Promise<string | null> {
  try {
    await page();
    return null;
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw err;
    return digest.split(";")[2] ?? null;
  }
}

async function newBureauAdmin(code: string) {
  await signInAs("platform.admin");
  const created = await createTenantAction(null, { kind: "bureau", code, name: `${code}教育局`, parentCode: "yinchuan", adminUsername: `${code}.admin` });
  if (!created.ok) throw new Error(created.message);
  const signedIn = await authorizeCredentials({ username: `${code}.admin`, password: created.data.oneTimePassword }, { "x-forwarded-for": "10.12.0.2" });
  const token = { userId: signedIn.id, sessionId: signedIn.sessionId, sessionVersion: signedIn.sessionVersion };
  setToken(token);
  return { token, oneTimePassword: created.data.oneTimePassword };
}

describe("must change password", () => {
  it("every page leads to the change form while a one-time password is pending; /api/v1/me still answers", async () => {
    const { token } = await newBureauAdmin("pw1");
    expect(await redirectOf(requireSession)).toBe("/account/password");
    const response = await me();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ username: "pw1.admin", role: "bureau_admin", mustChangePassword: true });
    // Someone without a pending change goes straight through.
    await signInAs("jinfeng.staff");
    expect(await redirectOf(requireSession)).toBeNull();
    setToken(token);
  });

  it("a change checks the current password, clears the flag, ends other sessions and keeps this one", async () => {
    const { token, oneTimePassword } = await newBureauAdmin("pw2");
    const elsewhere = await openSessionFor("pw2.admin");
    const change = (current: string, next: string, confirm = next) =>
      changeOwnPasswordAction(null, { currentPassword: current, newPassword: next, confirmPassword: confirm });

    expect(await change("wrong-password", "my-own-pass-1")).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不正确"] } });
    expect(await change(oneTimePassword, "short")).toMatchObject({ ok: false, fieldErrors: { newPassword: ["密码至少 8 位"] } });
    expect(await change(oneTimePassword, "my-own-pass-1", "my-own-pass-2")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["两次输入的新密码不一致"] },
    });
    expect(await change(oneTimePassword, oneTimePassword)).toMatchObject({ ok: false, fieldErrors: { newPassword: ["新密码不能与当前密码相同"] } });
    // A right current password clears the pair's failures, as a right password at sign-in does.
    expect(await ownerDb().authFailure.count({ where: { username: "pw2.admin", clearedAt: null } })).toBe(0);
    expect((await ownerDb().user.findUniqueOrThrow({ where: { username: "pw2.admin" } })).mustChangePassword).toBe(true);

    expect(await change(oneTimePassword, "my-own-pass-1")).toMatchObject({ ok: true, message: "密码已修改，其他设备上的登录已退出" });
    // This browser carries on under the new version (its cookie was re-issued); the other device is out.
    const continued = await loadAuthSession({ ...token, sessionVersion: token.sessionVersion + 1 });
    expect(continued).toMatchObject({ mustChangePassword: false, tenant: { tenantCode: "pw2" } });
    expect(await loadAuthSession(elsewhere)).toBeNull();
    setToken({ ...token, sessionVersion: token.sessionVersion + 1 });
    expect(await redirectOf(requireSession)).toBeNull();
    await expect(authorizeCredentials({ username: "pw2.admin", password: oneTimePassword }, { "x-forwarded-for": "10.12.0.3" })).rejects.toThrow();
    await expect(authorizeCredentials({ username: "pw2.admin", password: "my-own-pass-1" }, { "x-forwarded-for": "10.12.0.3" })).resolves.toBeTruthy();
  });

  it("guessing the current password is throttled like sign-in: after three wrong guesses even the right one waits", async () => {
    const { oneTimePassword } = await newBureauAdmin("pw3");
    const change = (current: string) =>
      changeOwnPasswordAction(null, { currentPassword: current, newPassword: "pw3-own-pass", confirmPassword: "pw3-own-pass" });
    for (const guess of ["guess-1", "guess-2", "guess-3"]) {
      expect(await change(guess)).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不正确"] } });
    }
    expect(await change(oneTimePassword)).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码错误次数过多，请稍后再试"] } });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { username: "pw3.admin" } })).mustChangePassword).toBe(true);
  });

  it("anyone changes their own password on /account, without a pending change too", async () => {
    await signInAs("helan.reporter");
    const result = await changeOwnPasswordAction(null, { currentPassword: DEMO_PASSWORD, newPassword: "helan-new-pass", confirmPassword: "helan-new-pass" });
    expect(result).toMatchObject({ ok: true });
    await expect(authorizeCredentials({ username: "helan.reporter", password: "helan-new-pass" }, { "x-forwarded-for": "10.12.0.4" })).resolves.toBeTruthy();
  });
});

describe("GET /api/v1/me", () => {
  it("answers 401 without a session", async () => {
    signOut();
    const response = await me();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "登录已失效，请重新登录" });
  });

  it("a unit reporter: role, tenant and unit", async () => {
    await signInAs("jinfeng.reporter");
    const session = await getAuthSession();
    const unit = await ownerDb().orgUnit.findUniqueOrThrow({ where: { id: session!.tenant!.orgUnitId! } });
    expect(await (await me()).json()).toEqual({
      username: "jinfeng.reporter",
      name: "金凤区教育局单位填报员",
      role: "unit_reporter",
      roleLabel: "单位填报员",
      tenant: { code: "jinfeng", name: "金凤区教育局", kind: "bureau" },
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      leaders: [],
      mustChangePassword: false,
    });
  });

  it("a leader: the plan leaders linked to the account in the active tenant", async () => {
    const token = await signInAs("xingqing.leader");
    const xingqing = await tenantIdOf("xingqing");
    const people = await ownerDb().person.findMany({ where: { tenantId: xingqing }, orderBy: { name: "asc" }, take: 2 });
    await ownerDb().person.updateMany({ where: { id: { in: people.map((p) => p.id) } }, data: { userId: token.userId } });
    const body = await (await me()).json();
    expect(body).toMatchObject({ role: "leader", roleLabel: "分管领导", unit: null });
    expect(body.leaders).toEqual(people.map((p) => p.name));
  });

  it("a platform admin: no tenant, no unit, no leaders", async () => {
    await signInAs("platform.admin");
    expect(await (await me()).json()).toEqual({
      username: "platform.admin",
      name: "平台管理员",
      role: "platform_admin",
      roleLabel: "平台管理员",
      tenant: null,
      unit: null,
      leaders: [],
      mustChangePassword: false,
    });
  });
});

describe("password change and the connection pool", () => {
  it("needs one connection at a time, so a burst of changes cannot hold every connection of a small pool and wait for another", async () => {
    const { token, oneTimePassword } = await newBureauAdmin("pw5");
    // A pool of one: a check that ran beside the change's open transaction would wait out the connect timeout.
    await withAppClient(createPrismaClient(process.env.APP_DATABASE_URL!, 1, 1_000), async () => {
      const changed = await changeOwnPasswordAction(null, { currentPassword: oneTimePassword, newPassword: "pw5-own-pass", confirmPassword: "pw5-own-pass" });
      expect(changed).toMatchObject({ ok: true });
      setToken({ ...token, sessionVersion: token.sessionVersion + 1 });
      const wrong = await changeOwnPasswordAction(null, { currentPassword: "not-it-at-all", newPassword: "pw5-next-pass", confirmPassword: "pw5-next-pass" });
      expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不正确"] } });
    });
    // The wrong guess was kept although its change was refused: it counts against the throttle.
    expect(await ownerDb().authFailure.count({ where: { username: "pw5.admin", clearedAt: null } })).toBe(1);
  });
});
