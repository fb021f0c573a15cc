// The members import, export and one-time passwords, through the server
// actions and route handlers as the members page calls them, on real PostgreSQL.
import { describe, expect, it } from "vitest";
import { GET as exportMembersRoute } from "@/app/api/v1/members.xlsx/route";
import { GET as templateRoute } from "@/app/api/v1/members/template.xlsx/route";
import { verifyPassword } from "@/lib/auth/password";
import { importMembersAction, resetMemberPasswordAction } from "@/lib/members/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { fileForm, membersXlsx, readRows, TEMPLATE } from "@/tests/support/members-file";

/** 50 rows: 43 good (staff, leaders, reporters of new and existing units) and 7 refused for 6 reasons. */
function fiftyRows(leaderName: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  for (let i = 1; i <= 10; i++)
    rows.push([`imp.staff${i}`, `工作人员${i}`, "教育局工作人员", null, `1390000${String(i).padStart(4, "0")}`, `staff${i}@example.cn`, null]);
  rows.push(["imp.leader1", "赵丽", "分管领导", null, null, null, leaderName]);
  rows.push(["Imp.Leader2", "钱明", " 分管领导 ", null, "0951-6021234", null, null]);
  for (let i = 1; i <= 30; i++) rows.push([`imp.school${i}`, `填报员${i}`, "单位填报员", `导入测试第${((i - 1) % 8) + 1}小学`, null, null, null]);
  rows.push(["imp.admin2", "副管理员", "教育局管理员", null, null, null, null]);
  // The refused ones.
  rows.push(["imp.dup", "重复甲", "教育局工作人员", null, null, null, null]);
  rows.push(["imp.dup", "重复乙", "教育局工作人员", null, null, null, null]);
  rows.push(["imp.role", "角色错", "校长", null, null, null, null]);
  rows.push(["imp.phone", "手机错", "教育局工作人员", null, "12345", null, null]);
  rows.push(["imp.mail", "邮箱错", "教育局工作人员", null, null, "not-an-email", null]);
  rows.push(["xingqing.staff", "冒名", "教育局工作人员", null, null, null, null]);
  rows.push(["imp.nounit", "无单位", "单位填报员", null, null, null, null]);
  return rows;
}

const ROW = (index: number) => index + 2; // header in row 1

async function jinfengCounts() {
  const tenantId = await tenantIdOf("jinfeng");
  const db = ownerDb();
  return {
    users: await db.user.count(),
    memberships: await db.membership.count({ where: { tenantId } }),
    units: await db.orgUnit.count({ where: { tenantId } }),
    people: await db.person.count({ where: { tenantId } }),
    links: await db.person.count({ where: { tenantId, userId: { not: null } } }),
  };
}

describe("members import", () => {
  it("writes the good rows of 50, refuses the bad ones with their reasons, and gives each new account a one-time password once", async () => {
    const tenantId = await tenantIdOf("jinfeng");
    const person = await ownerDb().person.findFirstOrThrow({ where: { tenantId, userId: null, name: { not: "赵丽" } }, orderBy: { name: "asc" } });
    // Padded as documents write two-character names ("赵 丽"), with a full-width space.
    const padded = Array.from(person.name).join("　");
    const rows = fiftyRows(padded);
    expect(rows).toHaveLength(50);
    const before = await jinfengCounts();

    await signInAs("jinfeng.admin");
    const result = await importMembersAction(null, fileForm(await membersXlsx(rows)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { rows: results } = result.data;
    expect(results).toHaveLength(50);
    expect(results.map((r) => r.row)).toEqual(rows.map((_, i) => ROW(i)));
    expect(result.data).toMatchObject({ created: 43, updated: 0, refused: 7 });
    expect(result.message).toBe("已创建 43 个账号，更新 0 个；7 行未导入，原因见下表");

    const refused = Object.fromEntries(results.filter((r) => r.result === "refused").map((r) => [r.row, r.reason]));
    expect(refused).toEqual({
      [ROW(43)]: "用户名在文件中重复（第 45、46 行）：请只保留一行",
      [ROW(44)]: "用户名在文件中重复（第 45、46 行）：请只保留一行",
      [ROW(45)]: "角色“校长”不存在：请填写教育局管理员、教育局工作人员、分管领导、单位填报员之一",
      [ROW(46)]: "手机号：手机号格式不正确（11 位手机号，或带区号的固定电话）",
      [ROW(47)]: "邮箱：邮箱格式不正确",
      [ROW(48)]: "该用户名已被其他单位的账号使用",
      [ROW(49)]: "单位填报员必须填写“所属单位”",
    });
    expect(results.filter((r) => r.result === "refused").every((r) => r.password === undefined)).toBe(true);

    // Every created account: its one-time password works, must be changed, and is stored only as a hash.
    const created = results.filter((r) => r.result === "created");
    expect(created).toHaveLength(43);
    expect(new Set(created.map((r) => r.password)).size).toBe(43);
    for (const r of [created[0]!, created[11]!, created[42]!]) {
      const user = await ownerDb().user.findUniqueOrThrow({ where: { username: r.username } });
      expect(user.mustChangePassword).toBe(true);
      expect(user.passwordHash).not.toContain(r.password!);
      expect(await verifyPassword(user.passwordHash, r.password!)).toBe(true);
    }
    expect(created[11]).toMatchObject({ username: "imp.leader2", row: ROW(11) });

    const staff = await ownerDb().membership.findFirstOrThrow({ where: { tenantId, user: { username: "imp.staff3" } }, include: { user: true } });
    expect(staff).toMatchObject({
      role: "bureau_staff",
      orgUnitId: null,
      user: { displayName: "工作人员3", phone: "13900000003", email: "staff3@example.cn" },
    });
    const reporter = await ownerDb().membership.findFirstOrThrow({ where: { tenantId, user: { username: "imp.school9" } }, include: { orgUnit: true } });
    expect(reporter).toMatchObject({ role: "unit_reporter", orgUnit: { name: "导入测试第1小学", kind: "school" } });
    // The padded name found the existing person of the plans and linked the leader to it.
    const leader = await ownerDb().user.findUniqueOrThrow({ where: { username: "imp.leader1" } });
    expect(await ownerDb().person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ userId: leader.id, name: person.name });
    // Nothing of the refused rows, nor of xingqing's account, changed.
    expect(await ownerDb().user.count({ where: { username: { in: ["imp.dup", "imp.role", "imp.phone", "imp.mail", "imp.nounit"] } } })).toBe(0);
    expect(await ownerDb().user.findUniqueOrThrow({ where: { username: "xingqing.staff" } })).toMatchObject({ displayName: expect.not.stringMatching("冒名") });

    const after = await jinfengCounts();
    expect(after).toEqual({
      users: before.users + 43,
      memberships: before.memberships + 43,
      units: before.units + 8,
      people: before.people,
      links: before.links + 1,
    });

    // The results workbook carries the same answers, passwords included.
    const sheet = await readRows(Buffer.from(result.data.resultsXlsx, "base64"));
    expect(sheet).toHaveLength(50);
    expect(sheet[0]).toEqual({ 行号: "2", 用户名: "imp.staff1", 结果: "已创建", 原因: "", 一次性密码: created[0]!.password });
    expect(sheet[45]).toMatchObject({ 用户名: "imp.role", 结果: "未导入", 一次性密码: "" });

    // A second import of the same file updates the same accounts: nothing duplicated, no passwords handed out again.
    const again = await importMembersAction(null, fileForm(await membersXlsx(rows)));
    expect(again.ok && again.data).toMatchObject({ created: 0, updated: 43, refused: 7 });
    expect(again.ok && again.data.rows.every((r) => r.password === undefined)).toBe(true);
    expect(await jinfengCounts()).toEqual(after);
    // An edited sheet changes what it says: a staff member becomes a reporter (their sessions end), a phone is corrected.
    const edited = rows.slice(0, 3).map((r) => [...r]);
    edited[0]![2] = "单位填报员";
    edited[0]![3] = "导入测试第2小学";
    edited[1]![4] = "13911112222";
    const versionBefore = (await ownerDb().user.findUniqueOrThrow({ where: { username: "imp.staff1" } })).sessionVersion;
    const third = await importMembersAction(null, fileForm(await membersXlsx(edited)));
    expect(third.ok && third.data.rows.map((r) => r.result)).toEqual(["updated", "updated", "updated"]);
    const moved = await ownerDb().membership.findFirstOrThrow({
      where: { tenantId, user: { username: "imp.staff1" } },
      include: { orgUnit: true, user: true },
    });
    expect(moved).toMatchObject({ role: "unit_reporter", orgUnit: { name: "导入测试第2小学" }, user: { sessionVersion: versionBefore + 1 } });
    expect((await ownerDb().user.findUniqueOrThrow({ where: { username: "imp.staff2" } })).phone).toBe("13911112222");
  });

  it("writes nothing from a file that is not the template", async () => {
    await signInAs("jinfeng.admin");
    const before = await jinfengCounts();
    const auditBefore = await ownerDb().auditEvent.count();
    const notXlsx = await importMembersAction(null, fileForm(new TextEncoder().encode("用户名,姓名,角色\nbad.csv,某人,教育局工作人员\n"), "账号.csv"));
    expect(notXlsx).toMatchObject({ ok: false, message: "文件不是 Excel 工作簿（.xlsx）：请下载账号导入模板填写后上传" });
    const wrongColumns = await importMembersAction(null, fileForm(await membersXlsx([["某人", "教育局工作人员"]], ["姓名", "角色", "部门"])));
    expect(wrongColumns).toMatchObject({ ok: false, message: "表头缺少“用户名”列：请使用账号导入模板" });
    const noColumns = await importMembersAction(null, fileForm(await membersXlsx([["x", "y"]], ["甲", "乙"])));
    expect(noColumns).toMatchObject({ ok: false, message: expect.stringContaining("未找到表头") });
    const broken = await importMembersAction(null, fileForm(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])));
    expect(broken.ok).toBe(false);
    expect(await jinfengCounts()).toEqual(before);
    expect(await ownerDb().auditEvent.count()).toBe(auditBefore);
  });

  it("is refused to everyone but the bureau admin", async () => {
    const bytes = await membersXlsx([["imp.sneak", "越权", "教育局管理员", null, null, null, null]]);
    for (const username of ["jinfeng.staff", "jinfeng.leader", "jinfeng.reporter", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await importMembersAction(null, fileForm(bytes))).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    }
    expect(await ownerDb().user.count({ where: { username: "imp.sneak" } })).toBe(0);
  });

  it("offers the template and exports the account list in the template's columns", async () => {
    await signInAs("jinfeng.admin");
    const template = await templateRoute(new Request("http://localhost/api/v1/members/template.xlsx"), { params: Promise.resolve({}) });
    expect(template.status).toBe(200);
    const templateBytes = Buffer.from(await template.arrayBuffer());
    expect(await readRows(templateBytes, "账号")).toEqual([]);

    const response = await exportMembersRoute(new Request("http://localhost/api/v1/members.xlsx"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toContain(encodeURIComponent("金凤区教育局-账号-"));
    const rows = await readRows(Buffer.from(await response.arrayBuffer()));
    const tenantId = await tenantIdOf("jinfeng");
    expect(rows).toHaveLength(await ownerDb().membership.count({ where: { tenantId } }));
    expect(rows.map((r) => r["用户名"])).not.toContain("xingqing.staff");
    const leader = rows.find((r) => r["用户名"] === "jinfeng.leader")!;
    const linked = await ownerDb().person.findMany({ where: { tenantId, user: { username: "jinfeng.leader" } }, orderBy: { name: "asc" } });
    expect(leader).toMatchObject({ 角色: "分管领导", 对应责任领导: linked.map((p) => p.name).join("、"), 状态: "正常" });
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual(TEMPLATE);
    const reporter = rows.find((r) => r["用户名"] === "jinfeng.reporter")!;
    expect(reporter["所属单位"]).not.toBe("");

    // Imported back unchanged, it updates every account and creates none (the admin's own row included).
    const reimport = await importMembersAction(null, fileForm(await membersXlsx(rows.map((r) => TEMPLATE.map((h) => r[h] || null)))));
    expect(reimport.ok && reimport.data).toMatchObject({ created: 0, refused: 0, updated: rows.length });

    await signInAs("jinfeng.staff");
    expect((await exportMembersRoute(new Request("http://localhost/api/v1/members.xlsx"), { params: Promise.resolve({}) })).status).toBe(403);
  });

  it("resets a password to a generated one-time password, shown once, that must be changed", async () => {
    await signInAs("jinfeng.admin");
    const member = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } }, include: { user: true } });
    const result = await resetMemberPasswordAction(null, { membershipId: member.id });
    expect(result).toMatchObject({ ok: true, data: { password: expect.stringMatching(/^[a-zA-Z2-9]{12}$/) } });
    if (!result.ok) return;
    const user = await ownerDb().user.findUniqueOrThrow({ where: { id: member.userId } });
    expect(user.mustChangePassword).toBe(true);
    expect(user.sessionVersion).toBe(member.user.sessionVersion + 1);
    expect(await verifyPassword(user.passwordHash, result.data.password)).toBe(true);
    // An admin-typed password is no longer what it sets.
    const typed = await resetMemberPasswordAction(null, { membershipId: member.id, password: "chosen-by-admin" });
    expect(typed.ok).toBe(true);
    expect(await verifyPassword((await ownerDb().user.findUniqueOrThrow({ where: { id: member.userId } })).passwordHash, "chosen-by-admin")).toBe(false);
  });
});
