// Group units (各中小学校、幼儿园) reach each school: members by kind rule or
// picked one by one, one slot per member when a period opens, the group's
// roll-up, and each school's reporter confined to its own slot. Through the
// server actions, as a hostile or hurried client would call them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/auth/action";
import { readTenant } from "@/lib/db/tenant-scope";
import { saveGroupMembersAction } from "@/lib/org/actions";
import { listMyTasks } from "@/lib/plans/queries/list-my-tasks";
import { openReportingPeriodAction, saveReportDraftAction, submitReportAction } from "@/lib/reports/actions";
import { getSlotDetail } from "@/lib/reports/queries/get-slot";
import { listGroupTaskRollups } from "@/lib/reports/queries/group-task-rollups";
import { listTaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";
import { buildPlanLedger } from "@/lib/ledger/build-ledger";
import { listSlots } from "@/lib/reports/queries/list-slots";
import { listTaskGroupLines } from "@/lib/reports/queries/task-group-slots";
import { listTaskSlots } from "@/lib/reports/queries/task-slots";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { createGroupWorld, type GroupWorld } from "@/tests/support/group-world";
import { tenantSessionOf } from "@/tests/support/reporting";

const FORBIDDEN = "您没有执行此操作的权限";
const SCHOOLS = 40;
const FIRST_PAGE = { page: 1, pageSize: 60 };

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

let w: GroupWorld;

beforeAll(async () => {
  w = await createGroupWorld(ownerDb(), "jinfeng", SCHOOLS);
  expect(w.schoolIds).toHaveLength(SCHOOLS);
});

async function openPeriod() {
  await signInAs("jinfeng.staff");
  return data(await openReportingPeriodAction(null, { planId: w.planId }));
}

const slotsOf = (taskId: string, periodId: string) =>
  ownerDb().reportSlot.findMany({ where: { taskId, periodId }, include: { orgUnit: true }, orderBy: { orgUnit: { name: "asc" } } });

const groupState = async (groupId: string) => ({
  rule: (await ownerDb().orgUnit.findUniqueOrThrow({ where: { id: groupId } })).memberKinds,
  picks: (await ownerDb().unitGroupMember.findMany({ where: { groupId }, orderBy: { memberId: "asc" } })).map((p) => p.memberId),
});

const report = (slotId: string) => ({
  slotId,
  summary: "本校已完成作业管理自查，形成整改清单。",
  progress: 50,
  version: 0,
  submitKey: randomUUID(),
});

describe("a task assigned to a group unit", () => {
  let periodId: string;

  it("opens one slot per member school, none for the group, and none again when re-opened", async () => {
    await signInAs("jinfeng.admin");
    expect(await saveGroupMembersAction(null, { groupId: w.groupId, memberKinds: ["school", "kindergarten"], memberIds: [] })).toMatchObject({
      ok: true,
      data: { memberCount: SCHOOLS },
    });
    const opened = await openPeriod();
    periodId = opened.periodId;
    // 40 schools + the responsible department + 各幼儿园's own slot (no members yet).
    expect(opened.slotsCreated).toBe(SCHOOLS + 2);
    const slots = await slotsOf(w.groupTaskId, periodId);
    expect(slots).toHaveLength(SCHOOLS + 1);
    expect(
      slots
        .filter((s) => s.groupUnitId === w.groupId)
        .map((s) => s.orgUnitId)
        .sort(),
    ).toEqual([...w.schoolIds].sort());
    expect(slots.find((s) => s.orgUnitId === w.groupId)).toBeUndefined();
    expect(slots.find((s) => s.orgUnitId === w.departmentId)).toMatchObject({ groupUnitId: null, unitRole: "responsible" });
    expect(new Set(slots.filter((s) => s.groupUnitId).map((s) => s.unitRole))).toEqual(new Set(["lead"]));

    expect((await openPeriod()).slotsCreated).toBe(0);
    expect(await slotsOf(w.groupTaskId, periodId)).toHaveLength(SCHOOLS + 1);
  });

  it("a school's reporter sees and submits only its own slot; the group reads 已报 1 / 40", async () => {
    const ownSlot = (await slotsOf(w.groupTaskId, periodId)).find((s) => s.orgUnitId === w.schoolIds[0])!;
    const otherSlot = (await slotsOf(w.groupTaskId, periodId)).find((s) => s.orgUnitId === w.schoolIds[1])!;

    const a = await tenantSessionOf(w.reporterA);
    const seen = await readTenant(a, (tx) => listSlots(tx, a, { page: 1 }));
    expect(seen.items.map((s) => s.id)).toEqual([ownSlot.id]);
    // The group's task is the school's own task.
    expect((await readTenant(a, (tx) => listMyTasks(tx, a, { page: 1 }))).items.map((t) => t.id)).toContain(w.groupTaskId);
    // No roll-up of other schools' work for a reporter; on the task page only its own slot.
    expect(await readTenant(a, (tx) => listTaskGroupLines(tx, a, w.groupTaskId))).toEqual([]);
    expect((await readTenant(a, (tx) => listTaskSlots(tx, a, w.groupTaskId, FIRST_PAGE))).items.map((s) => s.id)).toEqual([ownSlot.id]);

    expect(await submitReportAction(report(ownSlot.id))).toMatchObject({ ok: true });
    expect((await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: ownSlot.id } })).status).toBe("submitted");

    // School B's slot: not found for school A's reporter, to read, save or submit; nothing written.
    await expect(readTenant(a, (tx) => getSlotDetail(tx, a, otherSlot.id))).rejects.toThrow("填报任务不存在或无权访问");
    expect(await submitReportAction(report(otherSlot.id))).toMatchObject({ ok: false, message: "填报任务不存在或无权访问" });
    expect(await saveReportDraftAction({ ...report(otherSlot.id), submitKey: undefined })).toMatchObject({ ok: false });
    expect(await ownerDb().report.count({ where: { slotId: otherSlot.id } })).toBe(0);
    expect((await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: otherSlot.id } })).status).toBe("open");

    const admin = await tenantSessionOf("jinfeng.admin");
    const lines = await readTenant(admin, (tx) => listTaskGroupLines(tx, admin, w.groupTaskId));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ groupName: "各中小学校、幼儿园", reported: 1, total: SCHOOLS });
    expect(lines[0]!.slots.find((s) => s.id === ownSlot.id)).toMatchObject({ status: "submitted" });
    // The task page's plain list keeps the department and leaves the schools to the group's line.
    expect((await readTenant(admin, (tx) => listTaskSlots(tx, admin, w.groupTaskId, FIRST_PAGE))).items.map((s) => s.unitName)).toEqual(["基础教育科"]);
    const rollups = await readTenant(admin, (tx) => listGroupTaskRollups(tx, w.tenantId, w.groupId));
    expect(rollups).toEqual([expect.objectContaining({ taskId: w.groupTaskId, reported: 1, total: SCHOOLS })]);

    // The plan page, task lists and ledger read the same roll-up beside the group; a reporter reads none.
    const byTask = await readTenant(admin, (tx) => listTaskGroupRollups(tx, admin, [w.groupTaskId]));
    expect(byTask.get(w.groupTaskId)?.get(w.groupId)).toMatchObject({ reported: 1, total: SCHOOLS, overdue: 0 });
    expect((await readTenant(a, (tx) => listTaskGroupRollups(tx, a, [w.groupTaskId]))).size).toBe(0);
    const ledger = await readTenant(admin, (tx) => buildPlanLedger(tx, admin, w.planId));
    const row = ledger.rows.find((r) => r.taskId === w.groupTaskId && !r.continuation)!;
    expect(row.groupReports).toMatch(new RegExp(`^各中小学校、幼儿园：已报 1/${SCHOOLS}（.+）$`));
  });

  it("a school added later gets its slot when the period is opened again", async () => {
    const late = await ownerDb().orgUnit.create({ data: { tenantId: w.tenantId, name: "金凤区新建小学", kind: "school" } });
    expect((await openPeriod()).slotsCreated).toBe(1);
    expect((await slotsOf(w.groupTaskId, periodId)).find((s) => s.orgUnitId === late.id)).toMatchObject({ groupUnitId: w.groupId });
  });

  it("a group's own slot, opened before it had members, gives way to its members' slots", async () => {
    expect((await slotsOf(w.emptyGroupTaskId, periodId)).map((s) => s.orgUnitId)).toEqual([w.emptyGroupId]);
    const kindergarten = await ownerDb().orgUnit.create({ data: { tenantId: w.tenantId, name: "金凤区第一幼儿园", kind: "kindergarten" } });
    await signInAs("jinfeng.admin");
    data(await saveGroupMembersAction(null, { groupId: w.emptyGroupId, memberKinds: [], memberIds: [kindergarten.id] }));
    // The kindergarten's slot on 各幼儿园's task, and on 各中小学校、幼儿园's by its kind.
    expect((await openPeriod()).slotsCreated).toBe(2);
    expect((await slotsOf(w.emptyGroupTaskId, periodId)).map((s) => [s.orgUnitId, s.groupUnitId])).toEqual([[kindergarten.id, w.emptyGroupId]]);
  });
});

describe("editing a group's members", () => {
  it("is refused with nothing written for a group in itself, another group, another tenant's unit or a unit that is no group", async () => {
    await signInAs("jinfeng.admin");
    const before = await groupState(w.groupId);
    const foreign = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf("helan") } });
    const cases: [Record<string, unknown>, string][] = [
      [{ groupId: w.groupId, memberKinds: ["school"], memberIds: [w.groupId] }, "单位群体不能把自己设为成员"],
      [{ groupId: w.groupId, memberKinds: ["school"], memberIds: [w.schoolIds[0], w.emptyGroupId] }, "“各幼儿园”本身是单位群体，不能作为成员"],
      [{ groupId: w.groupId, memberKinds: ["school"], memberIds: [w.schoolIds[0], foreign.id] }, "所选成员单位不存在或无权访问"],
      [{ groupId: w.departmentId, memberKinds: ["school"], memberIds: [] }, "只有“单位群体”类的单位可以设置成员单位"],
      [{ groupId: foreign.id, memberKinds: ["school"], memberIds: [] }, "单位不存在或无权访问"],
      [{ groupId: w.groupId, memberKinds: ["nonsense"], memberIds: [] }, "提交的内容有误，请检查标红的字段"],
    ];
    for (const [input, message] of cases) expect(await saveGroupMembersAction(null, input)).toMatchObject({ ok: false, message });
    expect(await groupState(w.groupId)).toEqual(before);
    expect(await ownerDb().unitGroupMember.count({ where: { groupId: w.departmentId } })).toBe(0);
  });

  it("takes a rule and picked units from a form, replaces both, and is for bureau admins only", async () => {
    await signInAs("jinfeng.admin");
    const form = new FormData();
    form.set("groupId", w.groupId);
    form.append("memberIds", w.schoolIds[0]!);
    form.append("memberIds", w.schoolIds[1]!);
    form.append("memberIds", w.departmentId);
    expect(await saveGroupMembersAction(null, form)).toMatchObject({ ok: true, data: { memberCount: 3 } });
    expect(await groupState(w.groupId)).toEqual({ rule: [], picks: [w.schoolIds[0], w.schoolIds[1], w.departmentId].sort() });
    const audit = await ownerDb().auditEvent.findFirstOrThrow({
      where: { action: "org_unit.group_members", entityId: w.groupId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.after).toMatchObject({ memberKinds: [] });

    const township = new FormData();
    township.set("groupId", w.groupId);
    township.set("memberKinds", "township");
    expect(await saveGroupMembersAction(null, township)).toMatchObject({ ok: true, data: { memberCount: 0 } });
    expect(await groupState(w.groupId)).toEqual({ rule: ["township"], picks: [] });

    const before = await groupState(w.groupId);
    for (const who of ["jinfeng.staff", "jinfeng.leader", w.reporterA, "yinchuan.viewer"]) {
      await signInAs(who);
      expect(await saveGroupMembersAction(null, { groupId: w.groupId, memberKinds: ["school"], memberIds: [] })).toMatchObject({
        ok: false,
        message: FORBIDDEN,
      });
    }
    expect(await groupState(w.groupId)).toEqual(before);
  });
});
