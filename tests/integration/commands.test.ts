// The platform's commands (platform:admin, tenant:create) and the promise every
// command keeps: it works on the embedded database whether or not `npm start`
// runs it, and a failure is one Chinese line, never a stack trace.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "@/lib/cli/run-command";
import { findFreePort } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/runtime";
import { authorizeCredentials } from "@/lib/auth/options";
import { loadAuthSession } from "@/lib/auth/session";
import { platformAdminCommand, tenantCreateCommand } from "@/lib/platform/command-line";
import { ownerDb, withRawClient } from "@/tests/support/db";

const noStdin = async () => "";
const stdin = (text: string) => async () => text;
const signIn = (username: string, password: string) => authorizeCredentials({ username, password }, { "x-forwarded-for": "10.12.1.1" });
const passwordIn = (lines: string[]) => lines.find((l) => l.startsWith("一次性密码："))?.slice("一次性密码：".length) ?? null;

describe("npm run platform:admin", () => {
  it("creates the platform admin with a one-time password to change; run again, it resets and ends the sessions", async () => {
    const first = await platformAdminCommand(ownerDb(), ["--username", "ops.admin"], noStdin);
    expect(first[0]).toBe("已创建平台管理员");
    const password = passwordIn(first)!;
    const signedIn = await signIn("ops.admin", password);
    const token = { userId: signedIn.id, sessionId: signedIn.sessionId, sessionVersion: signedIn.sessionVersion };
    expect(await loadAuthSession(token)).toMatchObject({ isPlatformAdmin: true, role: "platform_admin", mustChangePassword: true, tenant: null });

    const again = await platformAdminCommand(ownerDb(), ["--username", "ops.admin"], noStdin);
    expect(again[0]).toBe("已重置平台管理员的密码（原登录会话已结束）");
    expect(passwordIn(again)).not.toBe(password);
    expect(await loadAuthSession(token)).toBeNull();
    await expect(signIn("ops.admin", passwordIn(again)!)).resolves.toBeTruthy();
  });

  it("--password-stdin sets the operator's password, which need not be changed", async () => {
    const lines = await platformAdminCommand(ownerDb(), ["--username", "ops.chosen", "--password-stdin"], stdin("operator-chosen-1\n"));
    expect(passwordIn(lines)).toBeNull();
    expect(await ownerDb().user.findUniqueOrThrow({ where: { username: "ops.chosen" } })).toMatchObject({ isPlatformAdmin: true, mustChangePassword: false });
    await expect(signIn("ops.chosen", "operator-chosen-1")).resolves.toBeTruthy();
    await expect(platformAdminCommand(ownerDb(), ["--username", "ops.short", "--password-stdin"], stdin("short\n"))).rejects.toThrow(
      "标准输入中的密码不可用：密码至少 8 位",
    );
  });

  it("never turns a bureau's account into a platform admin, and says how to call it", async () => {
    await expect(platformAdminCommand(ownerDb(), ["--username", "jinfeng.staff"], noStdin)).rejects.toThrow(
      "用户名 jinfeng.staff 已属于某单位的账号，不能设为平台管理员",
    );
    expect((await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.staff" } })).isPlatformAdmin).toBe(false);
    await expect(platformAdminCommand(ownerDb(), [], noStdin)).rejects.toBeInstanceOf(UsageError);
    await expect(platformAdminCommand(ownerDb(), ["--user", "x"], noStdin)).rejects.toBeInstanceOf(UsageError);
  });
});

describe("npm run tenant:create", () => {
  it("opens a bureau under a city and prints its admin's one-time password", async () => {
    const lines = await tenantCreateCommand(
      ownerDb(),
      ["--code", "lingwu", "--name", "灵武市教育局", "--kind", "bureau", "--parent", "yinchuan", "--admin", "lingwu.admin"],
      noStdin,
    );
    expect(lines[0]).toBe("已开通区县教育局 灵武市教育局（lingwu）");
    const signedIn = await signIn("lingwu.admin", passwordIn(lines)!);
    expect(await loadAuthSession({ userId: signedIn.id, sessionId: signedIn.sessionId, sessionVersion: signedIn.sessionVersion })).toMatchObject({
      role: "bureau_admin",
      mustChangePassword: true,
      tenant: { tenantCode: "lingwu" },
    });
  });

  it("refuses bad input in Chinese and writes nothing", async () => {
    const tenants = await ownerDb().tenant.count();
    const run = (args: string[]) => tenantCreateCommand(ownerDb(), args, noStdin);
    await expect(run(["--code", "yongning", "--name", "永宁县教育局", "--kind", "bureau", "--parent", "nowhere", "--admin", "yn.admin"])).rejects.toThrow(
      "没有代码为 nowhere 的市级教育局",
    );
    await expect(run(["--code", "yongning", "--name", "永宁县教育局", "--kind", "town", "--admin", "yn.admin"])).rejects.toThrow();
    await expect(run(["--code", "yongning", "--name", "永宁县教育局", "--kind", "bureau", "--admin", "jinfeng.admin"])).rejects.toThrow(
      "用户名 jinfeng.admin 已被使用",
    );
    await expect(run(["--code", "yongning"])).rejects.toBeInstanceOf(UsageError);
    expect(await ownerDb().tenant.count()).toBe(tenants);
  });
});

const run = promisify(execFile);
function command(script: string, args: string[], env: Record<string, string>) {
  return run(process.execPath, ["--import", "tsx", "--conditions=react-server", `scripts/${script}`, ...args], {
    env: { ...process.env, DATABASE_URL: "", APP_DATABASE_URL: "", ...env },
    timeout: 90_000,
  });
}

describe("commands beside a running database", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it(
    "platform:admin, tenant:create and plan:import join the embedded server `npm start` runs instead of failing on its port",
    { timeout: 300_000 },
    async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), "eduplan-cmd-"));
      dirs.push(dataDir);
      const port = await findFreePort();
      const running = await prepareDatabase({ dataDir, embeddedPort: port, log: () => {} });
      try {
        // The port npm start uses: a command that started its own server would find it taken.
        const env = { EDUPLAN_DATA_DIR: dataDir, EDUPLAN_PG_PORT: String(port) };
        const admin = await command("platform-admin.ts", ["--username", "first.admin"], env);
        expect(admin.stdout).toContain("已创建平台管理员");
        expect(admin.stdout).toMatch(/一次性密码：[A-Za-z2-9]{12}/);
        const tenant = await command("tenant-create.ts", ["--code", "helan", "--name", "贺兰县教育体育局", "--kind", "bureau", "--admin", "helan.first"], env);
        expect(tenant.stdout).toContain("已开通区县教育局 贺兰县教育体育局（helan）");
        const plan = await command("plan-import.ts", ["prisma/seed/documents/helan-quality-action-plan.txt", "--tenant", "helan"], env);
        expect(plan.stdout).toMatch(/^已导入：部分 \d+ · 任务 \d+/);
        const [row] = await withRawClient(running.ownerUrl, async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM plans")).rows);
        expect(row?.n).toBe(1);
      } finally {
        await running.stop();
      }
    },
  );

  it("a database that cannot be reached is one Chinese line, not a stack trace", async () => {
    const closed = await findFreePort();
    const failure = await command("plan-import.ts", ["prisma/seed/documents/helan-quality-action-plan.txt", "--tenant", "helan"], {
      DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${closed}/eduplan`,
    }).catch((err: { code: number; stdout: string; stderr: string }) => err);
    expect(failure).toMatchObject({ code: 1 });
    const stderr = (failure as { stderr: string }).stderr.trim();
    expect(stderr).toMatch(/^导入失败：无法连接数据库（127\.0\.0\.1:\d+）/);
    expect(stderr.split("\n")).toHaveLength(1);
  });
});
