// Linking leader accounts to the 责任领导 of the plans: what 我负责的 means.
import { describe, expect, it } from "vitest";
import { getLinkedPeople } from "@/lib/dashboard/linked-people";
import { readTenant } from "@/lib/db/tenant-scope";
import { importMembersAction, linkLeaderAction, unlinkLeaderAction } from "@/lib/members/actions";
import { listMyTasks } from "@/lib/plans/queries/list-my-tasks";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { fileForm, membersXlsx } from "@/tests/support/members-file";
import { tenantSessionOf } from "@/tests/support/reporting";

async function myTasks(username: string) {
  const session = await tenantSessionOf(username);
  return readTenant(session, async (tx) => ({
    linked: await getLinkedPeople(tx, session.tenant.tenantId, session.userId),
    tasks: (await listMyTasks(tx, session, { page: 1 })).total,
  }));
}

describe("leader links", () => {
  it("an admin links a leader account to a person of the plans, the leader then has 我负责的, and unlinks it", async () => {
    const tenantId = await tenantIdOf("jinfeng");
    await signInAs("jinfeng.admin");
    const created = await importMembersAction(null, fileForm(await membersXlsx([["link.leader", "新任领导", "分管领导", null, null, null, null]])));
    expect(created.ok && created.data.created).toBe(1);
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { tenantId, user: { username: "link.leader" } } });
    const person = await ownerDb().person.findFirstOrThrow({ where: { tenantId, userId: null, taskLeaders: { some: {} } }, orderBy: { name: "asc" } });
    expect(await myTasks("link.leader")).toEqual({ linked: [], tasks: 0 });

    await signInAs("jinfeng.admin");
    expect(await linkLeaderAction(null, { personId: person.id, membershipId: membership.id })).toMatchObject({
      ok: true,
      message: `已关联责任领导“${person.name}”`,
    });
    const after = await myTasks("link.leader");
    expect(after.linked).toEqual([{ id: person.id, name: person.name }]);
    expect(after.tasks).toBe(await ownerDb().taskLeader.count({ where: { personId: person.id } }));
    expect(after.tasks).toBeGreaterThan(0);
    expect(await ownerDb().auditEvent.findFirstOrThrow({ where: { tenantId, action: "person.link", entityId: person.id } })).toMatchObject({
      after: { userId: membership.userId },
    });

    await signInAs("jinfeng.admin");
    expect(await unlinkLeaderAction(null, { personId: person.id })).toMatchObject({ ok: true, message: `已取消关联责任领导“${person.name}”` });
    expect(await myTasks("link.leader")).toEqual({ linked: [], tasks: 0 });
  });

  it("refuses a non-leader account with a reason, and another bureau's person or member as not found, writing nothing", async () => {
    const tenantId = await tenantIdOf("jinfeng");
    await signInAs("jinfeng.admin");
    const person = await ownerDb().person.findFirstOrThrow({ where: { tenantId }, orderBy: { name: "asc" } });
    const staff = await ownerDb().membership.findFirstOrThrow({ where: { tenantId, user: { username: "jinfeng.staff" } } });
    const leader = await ownerDb().membership.findFirstOrThrow({ where: { tenantId, user: { username: "jinfeng.leader" } } });
    const foreignPerson = await ownerDb().person.findFirstOrThrow({ where: { tenantId: await tenantIdOf("xingqing") } });
    const foreignLeader = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "xingqing.leader" } } });
    const before = await ownerDb().person.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true } });

    expect(await linkLeaderAction(null, { personId: person.id, membershipId: staff.id })).toEqual({
      ok: false,
      message: "只有“分管领导”账号可以关联责任领导",
    });
    expect(await linkLeaderAction(null, { personId: foreignPerson.id, membershipId: leader.id })).toMatchObject({ ok: false, message: "责任领导不存在" });
    expect(await linkLeaderAction(null, { personId: person.id, membershipId: foreignLeader.id })).toMatchObject({ ok: false, message: "成员不存在或无权管理" });
    expect(await unlinkLeaderAction(null, { personId: foreignPerson.id })).toMatchObject({ ok: false, message: "责任领导不存在" });
    await signInAs("jinfeng.staff");
    expect(await linkLeaderAction(null, { personId: person.id, membershipId: leader.id })).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    expect(await ownerDb().person.findMany({ orderBy: { id: "asc" }, select: { id: true, userId: true } })).toEqual(before);
  });

  it("treats a padded name as the same person: the import links to it instead of creating another", async () => {
    const tenantId = await tenantIdOf("helan");
    // As a document may have stored it before names were normalised: a full-width space inside.
    const padded = await ownerDb().person.create({ data: { tenantId, name: "崔　茜" } });
    const count = await ownerDb().person.count({ where: { tenantId } });
    await signInAs("helan.admin");
    const result = await importMembersAction(
      null,
      fileForm(
        await membersXlsx([
          ["pad.leader1", "崔茜", "分管领导", null, null, null, "崔 茜"],
          ["pad.leader2", "宋平", "分管领导", null, null, null, "宋　平"],
        ]),
      ),
    );
    expect(result.ok && result.data.rows.map((r) => r.result)).toEqual(["created", "created"]);
    expect(await ownerDb().person.findUniqueOrThrow({ where: { id: padded.id } })).toMatchObject({
      userId: (await ownerDb().user.findUniqueOrThrow({ where: { username: "pad.leader1" } })).id,
    });
    // A leader not (yet) in the plans is created under the normalised spelling, which the plans import also uses.
    expect(await ownerDb().person.count({ where: { tenantId } })).toBe(count + 1);
    expect(await ownerDb().person.findFirst({ where: { tenantId, name: "宋平" } })).not.toBeNull();
  });
});
