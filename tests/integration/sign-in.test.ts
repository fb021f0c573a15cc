import { beforeEach, describe, expect, it } from "vitest";
import { authorizeCredentials, SIGN_IN_MESSAGES } from "@/lib/auth/options";
import { ownerDb } from "@/tests/support/db";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";

const from = (address: string) => ({ "x-forwarded-for": address });

describe("sign-in", () => {
  beforeEach(async () => {
    await ownerDb().authThrottle.deleteMany();
  });

  it("accepts the right password and returns the user's session version", async () => {
    const user = await authorizeCredentials({ username: "jinfeng.admin", password: DEMO_PASSWORD }, from("10.0.0.1"));
    expect(user.name).toBe("金凤区教育局管理员");
    expect(user.sessionVersion).toBe(1);
    const stored = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.admin" } });
    expect(stored.lastLoginAt).not.toBeNull();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it("refuses a wrong password and an unknown user with the same Chinese message", async () => {
    await expect(authorizeCredentials({ username: "jinfeng.admin", password: "wrong-password" }, from("10.0.0.2"))).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(authorizeCredentials({ username: "nobody.here", password: DEMO_PASSWORD }, from("10.0.0.2"))).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    await expect(authorizeCredentials({ username: "", password: "" }, from("10.0.0.2"))).rejects.toThrow(SIGN_IN_MESSAGES.missing);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await ownerDb().user.update({ where: { username: "huiji.staff" }, data: { isActive: false } });
    await expect(authorizeCredentials({ username: "huiji.staff", password: DEMO_PASSWORD }, from("10.0.0.3"))).rejects.toThrow(SIGN_IN_MESSAGES.inactive);
  });

  it("locks an account after 5 failures, even for the right password and from another address", async () => {
    for (let i = 0; i < 5; i++) {
      await expect(authorizeCredentials({ username: "helan.staff", password: `bad-${i}` }, from(`10.1.0.${i}`))).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    }
    await expect(authorizeCredentials({ username: "helan.staff", password: DEMO_PASSWORD }, from("10.9.9.9"))).rejects.toThrow(
      /登录失败次数过多，请 \d+ 分钟后再试/,
    );
    // Another account is unaffected.
    await expect(authorizeCredentials({ username: "helan.admin", password: DEMO_PASSWORD }, from("10.9.9.9"))).resolves.toMatchObject({
      name: "贺兰县教育体育局管理员",
    });
  });

  it("locks an address after 20 failures across accounts", async () => {
    for (let i = 0; i < 20; i++) {
      await expect(authorizeCredentials({ username: `guess-${i}`, password: "x" }, from("10.2.0.1"))).rejects.toThrow(SIGN_IN_MESSAGES.invalid);
    }
    await expect(authorizeCredentials({ username: "xingqing.admin", password: DEMO_PASSWORD }, from("10.2.0.1"))).rejects.toThrow(/登录失败次数过多/);
    await expect(authorizeCredentials({ username: "xingqing.admin", password: DEMO_PASSWORD }, from("10.2.0.2"))).resolves.toBeTruthy();
  });
});
