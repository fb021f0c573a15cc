// The five-year thread (decision 0036): suggestions by shared catalogue codes
// and similar wording, confirming and removing them, linking by hand (never
// across bureaus), the five-year plan's items with their annual tasks year by
// year, and 结转 of the unfinished tasks with links back. Actions are called
// directly, as a hostile client would.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/auth/action";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { carryOverAction } from "@/lib/plans/carry-over-actions";
import { addLinkAction, confirmLinkAction, removeLinkAction, suggestLinksAction } from "@/lib/thread/actions";
import { getTaskThread } from "@/lib/thread/get-task-thread";
import { groupByYear } from "@/lib/thread/group-by-year";
import { listAnnualThread } from "@/lib/thread/list-annual-thread";
import { listFiveYearThread } from "@/lib/thread/list-five-year-thread";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";
import { annualPlan } from "@/tests/support/thread-plans";

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

let xingqing: string;
let staff: TenantSession;
let five: { planId: string; preschool: string; rule: string; coverage: string; coverageName: string };
let y2022: Awaited<ReturnType<typeof annualPlan>>;

const links = (where: object = {}) => ownerDb().taskLink.findMany({ where: { tenantId: xingqing, ...where }, orderBy: { id: "asc" } });

beforeAll(async () => {
  const db = ownerDb();
  xingqing = await tenantIdOf("xingqing");
  const plan = await db.plan.findFirstOrThrow({ where: { tenantId: xingqing, kind: "five_year" } });
  const task = (title: string) => db.task.findFirstOrThrow({ where: { planId: plan.id, title } });
  // The 十四五 plan's indicator table maps 普惠性学前教育覆盖率 as a suggestion: an admin confirms it.
  const coverage = await db.indicator.findFirstOrThrow({
    where: { planId: plan.id, taskId: null, name: "普惠性学前教育覆盖率" },
    include: { definition: true },
  });
  await db.indicator.update({ where: { id: coverage.id }, data: { mappingState: "confirmed" } });
  five = {
    planId: plan.id,
    preschool: (await task("全面提升学前教育普及普惠水平")).id,
    rule: (await task("全面推进依法治教")).id,
    coverage: coverage.id,
    coverageName: coverage.definition!.name,
  };
  y2022 = await annualPlan(xingqing, "兴庆区教育局2022年工作要点", 2022, [
    { title: "推进学前教育普及普惠优质发展", status: "in_progress", progress: 40 },
    { title: "扩大普惠性学前教育资源", status: "delayed", progress: 10, definitionId: coverage.definitionId! },
    { title: "举办教职工运动会", status: "completed", progress: 100 },
    { title: "依法从严治教", dueDate: "2022-06-30", deadlineText: "2022年6月底前" },
  ]);
  staff = await tenantSessionOf("xingqing.staff");
});

describe("suggestions", () => {
  it("come from shared catalogue codes and similar wording, with the reason in Chinese, and never twice", async () => {
    await signInAs("xingqing.staff");
    const first = data(await suggestLinksAction(null, { planId: y2022.planId }));
    expect(first).toMatchObject({ suggested: 3, added: 3 });
    const [preschool, coverage, , rule] = y2022.taskIds;
    const made = await links({ state: "suggested" });
    expect(made.map((l) => [l.fromTaskId, l.toTaskId ?? l.toIndicatorId, l.reason]).sort()).toEqual(
      [
        [preschool, five.preschool, "表述相近"],
        [coverage, five.coverage, `共同指标口径「${five.coverageName}」`],
        [rule, five.rule, "表述相近"],
      ].sort(),
    );
    // Recomputing keeps the same rows (same ids), adds none.
    expect(data(await suggestLinksAction(null, { planId: y2022.planId }))).toMatchObject({ suggested: 3, added: 0, dropped: 0 });
    expect((await links()).map((l) => l.id)).toEqual(made.map((l) => l.id));
  });

  it("confirmed links stay confirmed and removed ones are not suggested again; a removed pair can be linked by hand", async () => {
    await signInAs("xingqing.staff");
    const [preschool, , , rule] = y2022.taskIds;
    const toPreschool = (await links({ fromTaskId: preschool }))[0]!;
    const toRule = (await links({ fromTaskId: rule }))[0]!;
    data(await confirmLinkAction(null, { linkId: toPreschool.id }));
    data(await removeLinkAction(null, { linkId: toRule.id }));
    expect(data(await suggestLinksAction(null, { planId: y2022.planId }))).toMatchObject({ suggested: 1, added: 0 });
    expect(await links({ fromTaskId: rule })).toMatchObject([{ id: toRule.id, state: "rejected" }]);
    expect(await links({ fromTaskId: preschool })).toMatchObject([{ id: toPreschool.id, state: "confirmed", confirmedById: staff.userId }]);
    // The annual page hides the removed one.
    const page = await readTenant(staff, (tx) => listAnnualThread(tx, xingqing, y2022.planId, 1));
    expect(page.items.find((t) => t.id === rule)!.links).toEqual([]);
    expect(page.items.find((t) => t.id === preschool)!.links).toMatchObject([{ state: "confirmed", targetId: five.preschool }]);

    data(await addLinkAction(null, { fromTaskId: rule, target: `task:${five.rule}` }));
    expect(await links({ fromTaskId: rule })).toMatchObject([{ id: toRule.id, state: "confirmed" }]);
    const audit = await ownerDb().auditEvent.findMany({ where: { tenantId: xingqing, entityType: "task_link" }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["task_link.confirm", "task_link.create", "task_link.remove"]);
  });

  it("refuse linking across bureaus, to a missing item, from a five-year task to itself, and for a leader", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const jinfengTask = await ownerDb().task.findFirstOrThrow({ where: { tenantId: jinfeng } });
    await signInAs("jinfeng.staff");
    expect(await addLinkAction(null, { fromTaskId: jinfengTask.id, target: `task:${five.rule}` })).toEqual({
      ok: false,
      message: "所选五年规划的任务或指标不存在或无权访问",
    });
    await signInAs("xingqing.staff");
    expect(await addLinkAction(null, { fromTaskId: y2022.taskIds[0], target: `indicator:${randomUUID()}` })).toEqual({
      ok: false,
      message: "所选五年规划的任务或指标不存在或无权访问",
    });
    expect(await addLinkAction(null, { fromTaskId: five.rule, target: `task:${five.rule}` })).toEqual({ ok: false, message: "不能把任务关联到它自己" });
    expect(await addLinkAction(null, { fromTaskId: y2022.taskIds[2], target: `task:${y2022.taskIds[0]}` })).toEqual({
      ok: false,
      message: "只能关联到五年规划的任务或指标",
    });
    await signInAs("xingqing.leader");
    expect(await addLinkAction(null, { fromTaskId: y2022.taskIds[2], target: `task:${five.rule}` })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    // The database refuses a link across bureaus by itself (composite foreign key).
    await expect(
      ownerDb().taskLink.create({ data: { tenantId: jinfeng, fromTaskId: jinfengTask.id, toTaskId: five.rule, state: "confirmed" } }),
    ).rejects.toMatchObject({ code: "P2003" });
    expect(await links({ fromTaskId: y2022.taskIds[2] })).toEqual([]);
  });
});

describe("the five-year plan's items", () => {
  it("show the confirmed annual tasks that worked on them, year by year, with status and progress", async () => {
    await signInAs("xingqing.staff");
    const [, coverage] = y2022.taskIds;
    const toCoverage = (await links({ fromTaskId: coverage }))[0]!;
    data(await confirmLinkAction(null, { linkId: toCoverage.id }));
    const items = async () => {
      const page = await readTenant(staff, (tx) => listFiveYearThread(tx, xingqing, five.planId, 1));
      const rest = await readTenant(staff, (tx) => listFiveYearThread(tx, xingqing, five.planId, 2));
      return [...page.items, ...rest.items];
    };
    const all = await items();
    const preschool = all.find((i) => i.id === five.preschool)!;
    expect(preschool.work).toMatchObject([{ year: 2022, title: "推进学前教育普及普惠优质发展", status: "in_progress", progress: 40, planId: y2022.planId }]);
    expect(all.find((i) => i.id === five.coverage)!.work).toMatchObject([{ year: 2022, title: "扩大普惠性学前教育资源", status: "delayed" }]);
    expect(all.find((i) => i.id === five.rule)!.work).toHaveLength(1);
    expect(all.filter((i) => i.kind === "task")).toHaveLength(await ownerDb().task.count({ where: { planId: five.planId } }));

    // 结转 carries the links: the same five-year item now shows 2022 and 2023.
    await signInAs("xingqing.staff");
    data(await carryOverAction(null, { planId: y2022.planId }));
    const after = (await items()).find((i) => i.id === five.preschool)!;
    expect(groupByYear(after.work, 2021, 2025).map((y) => [y.year, y.work.map((w) => w.progress)])).toEqual([
      [2021, []],
      [2022, [40]],
      [2023, [0]],
      [2024, []],
      [2025, []],
    ]);
  });
});

describe("another bureau", () => {
  it("reads none of the thread: its five-year items, annual tasks and task panel are empty or missing", async () => {
    const jinfengStaff = await tenantSessionOf("jinfeng.staff");
    const jinfeng = jinfengStaff.tenant.tenantId;
    await expect(readTenant(jinfengStaff, (tx) => listFiveYearThread(tx, jinfeng, five.planId, 1))).resolves.toMatchObject({ items: [], total: 0 });
    await expect(readTenant(jinfengStaff, (tx) => listAnnualThread(tx, jinfeng, y2022.planId, 1))).resolves.toMatchObject({ items: [], total: 0 });
    await expect(readTenant(jinfengStaff, (tx) => getTaskThread(tx, jinfeng, y2022.taskIds[0]!))).resolves.toBeNull();
  });
});

describe("结转", () => {
  it("copies exactly the unfinished tasks into next year's plan, each linking back, and only once", async () => {
    const db = ownerDb();
    const next = await db.plan.findFirstOrThrow({ where: { tenantId: xingqing, title: "兴庆区教育局2023年工作要点" } });
    expect(next).toMatchObject({ kind: "work_points", startYear: 2023, endYear: 2023 });
    const copied = await db.task.findMany({ where: { planId: next.id }, orderBy: { position: "asc" }, include: { indicators: true, linksFrom: true } });
    const [preschool, coverage, , rule] = y2022.taskIds;
    expect(copied.map((t) => [t.title, t.carriedFromTaskId, t.status, t.progress])).toEqual([
      ["推进学前教育普及普惠优质发展", preschool, "not_started", 0],
      ["扩大普惠性学前教育资源", coverage, "not_started", 0],
      ["依法从严治教", rule, "not_started", 0],
    ]);
    // A due date already past at the new year is cleared; the words stay.
    expect(copied[2]).toMatchObject({ dueDate: null, deadlineText: "2022年6月底前" });
    expect(copied[1]!.indicators).toMatchObject([{ mappingState: "confirmed", name: "扩大普惠性学前教育资源指标" }]);
    expect(copied[0]!.linksFrom).toMatchObject([{ toTaskId: five.preschool, state: "confirmed" }]);

    const thread = await readTenant(staff, (tx) => getTaskThread(tx, xingqing, copied[0]!.id));
    expect(thread!.carriedFrom).toMatchObject({ taskId: preschool, year: 2022, number: 1, planTitle: "兴庆区教育局2022年工作要点" });
    const back = await readTenant(staff, (tx) => getTaskThread(tx, xingqing, preschool!));
    expect(back!.carriedTo).toMatchObject([{ taskId: copied[0]!.id, year: 2023 }]);
    expect(back!.moves).toMatchObject([{ targetId: five.preschool }]);

    await signInAs("xingqing.staff");
    const plans = await db.plan.count({ where: { tenantId: xingqing } });
    expect(await carryOverAction(null, { planId: y2022.planId })).toEqual({
      ok: false,
      message: "本计划已结转到「兴庆区教育局2023年工作要点」，不能重复结转",
    });
    expect(await carryOverAction(null, { planId: five.planId })).toEqual({ ok: false, message: "只有年度计划（如工作要点）可以结转到下一年" });
    expect(await db.plan.count({ where: { tenantId: xingqing } })).toBe(plans);
    expect(await db.auditEvent.count({ where: { tenantId: xingqing, action: "plan.carry_over", entityId: next.id } })).toBe(1);
  });
});
