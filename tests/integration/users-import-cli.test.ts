// `npm run users:import` through its main function (lib/members/import/cli.ts)
// on the test database, as the operator's owner connection runs it.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { runUsersImportCli } from "@/lib/members/import/cli";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { membersXlsx } from "@/tests/support/members-file";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUsersImportCli(argv, ownerDb(), { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function fileOf(bytes: Uint8Array, name = "accounts.xlsx") {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "users-import-")), name);
  await writeFile(file, bytes);
  return file;
}

describe("npm run users:import", () => {
  it("prints a JSON array of per-row results with one-time passwords, exits 0 with refused rows, and updates on a second run", async () => {
    const file = await fileOf(
      await membersXlsx([
        ["cli.staff", "命令行员工", "教育局工作人员", null, "13800001111", "cli@example.cn", null],
        ["cli.reporter", "命令行填报员", "单位填报员", "命令行测试学校", null, null, null],
        ["cli.bad", "坏角色", "局长", null, null, null, null],
        ["xingqing.admin", "他局管理员", "教育局管理员", null, null, null, null],
      ]),
    );
    const first = await run(["--tenant", "helan", file, "--json"]);
    expect(first.code).toBe(0);
    expect(first.err).toEqual([]);
    expect(first.out).toHaveLength(1);
    const rows = JSON.parse(first.out[0]!);
    expect(rows).toEqual([
      { row: 2, username: "cli.staff", result: "created", password: expect.stringMatching(/^[a-zA-Z2-9]{12}$/) },
      { row: 3, username: "cli.reporter", result: "created", password: expect.any(String) },
      { row: 4, username: "cli.bad", result: "refused", reason: expect.stringContaining("角色“局长”不存在") },
      { row: 5, username: "xingqing.admin", result: "refused", reason: "该用户名已被其他单位的账号使用" },
    ]);
    const user = await ownerDb().user.findUniqueOrThrow({ where: { username: "cli.staff" }, include: { memberships: true } });
    expect(user).toMatchObject({
      mustChangePassword: true,
      phone: "13800001111",
      memberships: [{ tenantId: await tenantIdOf("helan"), role: "bureau_staff" }],
    });
    expect(await verifyPassword(user.passwordHash, rows[0].password)).toBe(true);
    // The operator's import is in the bureau's audit trail, with no user as its actor.
    expect(await ownerDb().auditEvent.findFirstOrThrow({ where: { action: "member.import", tenantId: await tenantIdOf("helan") } })).toMatchObject({
      actorUserId: null,
    });

    const second = await run(["--tenant", "helan", file, "--json"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out[0]!).map((r: { result: string; password?: string }) => [r.result, r.password])).toEqual([
      ["updated", undefined],
      ["updated", undefined],
      ["refused", undefined],
      ["refused", undefined],
    ]);
    expect(await ownerDb().user.count({ where: { username: "cli.staff" } })).toBe(1);

    // Without --json: a line per row, passwords included, and the totals.
    const text = await run(["--tenant", "helan", await fileOf(await membersXlsx([["cli.text", "文本输出", "分管领导", null, null, null, null]]))]);
    expect(text.code).toBe(0);
    expect(text.out[0]).toMatch(/^第 2 行 cli\.text：已创建，一次性密码 [a-zA-Z2-9]{12}$/);
    expect(text.out[1]).toBe("已创建 1 个账号，更新 0 个");
  });

  it("writes nothing and exits 1 for a file that is not the template or an unknown tenant; 2 for bad usage", async () => {
    const before = await ownerDb().user.count();
    const notXlsx = await run(["--tenant", "helan", await fileOf(new TextEncoder().encode("用户名,姓名\n"), "a.csv"), "--json"]);
    expect(notXlsx).toEqual({ code: 1, out: [], err: ["文件不是 Excel 工作簿（.xlsx）：请下载账号导入模板填写后上传"] });
    const wrong = await run(["--tenant", "helan", await fileOf(await membersXlsx([["x", "y"]], ["姓名", "角色", "备注"]))]);
    expect(wrong).toMatchObject({ code: 1, err: ["表头缺少“用户名”列：请使用账号导入模板"] });
    const city = await run(["--tenant", "yinchuan", await fileOf(await membersXlsx([["cli.city", "市级", "教育局管理员"]]))]);
    expect(city).toMatchObject({ code: 1, err: ["没有代码为 yinchuan 的区县教育局"] });
    expect(await run(["--tenant", "helan", "/nonexistent/file.xlsx"])).toMatchObject({ code: 1, err: ["无法读取文件：/nonexistent/file.xlsx"] });
    expect((await run(["helan.xlsx"])).code).toBe(2);
    expect(await ownerDb().user.count()).toBe(before);
  });
});
