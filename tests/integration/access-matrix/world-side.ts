// One side of the access matrix's world (see world.ts): a tenant's targets,
// read from the seeded demo world and completed with fixtures, in four steps.
import { randomUUID } from "node:crypto";
import { submitReportAction, uploadAttachmentAction } from "@/lib/reports/actions";
import { importPlanFile } from "@/lib/plans/import/import-plan-file";
import { ownerDb, signInAs } from "@/tests/support/db";
import { openPeriodFor } from "@/tests/support/reporting";
import { measuresAndLeaders } from "@/lib/plans/queries/task-select";
import type { Side, TaskFixture } from "./world";
import { conflictFixture } from "./world-once";
import { supervisionFixtures } from "./world-supervision";
import { threadFixtures } from "./world-thread";

/** Marks every fixture row, so a stray one is recognisable in a failure. */
export const FIXTURE = "【矩阵】";
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

type Db = ReturnType<typeof ownerDb>;
type Base = Awaited<ReturnType<typeof loadTenant>>;

export async function buildSide(code: string, mainPlan: RegExp, percentDefinitionId: string): Promise<Side> {
  const base = await loadTenant(code, mainPlan);
  const plans = await planFixtures(base, percentDefinitionId);
  const people = await peopleFixtures(base);
  const reporting = await reportingFixtures(base, mainPlan);
  const supervision = await supervisionFixtures(base.db, {
    tenantId: base.tenantId,
    planId: base.side.plan.id,
    sectionId: base.side.sections.withTasks,
    position: base.lastTaskPosition,
    reporterUnitId: base.side.reporterUnitId,
    cooperateUnitId: plans.cooperateUnitId,
  });
  return {
    ...base.side,
    ...plans,
    ...people,
    ...reporting,
    groupUnit: await groupFixture(base),
    units: await unitFixtures(base),
    robots: await robotFixtures(base),
    supervision,
    conflict: await conflictFixture(base.db, FIXTURE, base.tenantId, base.side.plan.id, percentDefinitionId),
    thread: await threadFixtures(base.db, base.tenantId),
  };
}

/** A demo group unit (every demo bureau has one) and a unit that may be its member. */
async function groupFixture({ db, tenantId }: Base) {
  const group = await db.orgUnit.findFirstOrThrow({ where: { tenantId, kind: "group" }, orderBy: { name: "asc" } });
  const member = await db.orgUnit.findFirstOrThrow({ where: { tenantId, kind: { not: "group" } }, orderBy: { name: "asc" } });
  return { id: group.id, memberId: member.id };
}

/** Units of the register's actions, no task attached (a merge removes one). */
async function unitFixtures({ db, tenantId }: Base) {
  const unit = async (name: string) => (await db.orgUnit.create({ data: { tenantId, name: `${FIXTURE}${name}`, kind: "department" } })).id;
  return {
    kind: await unit("改类型的单位"),
    rename: await unit("改名的单位"),
    mergeSource: await unit("被合并的单位"),
    mergeTarget: await unit("合并保留的单位"),
  };
}

/** Two units with a robot each, stored directly (the test robot points at the runner's loopback receiver, which no admin could set). */
async function robotFixtures({ db, tenantId }: Base) {
  const unit = async (name: string) => (await db.orgUnit.create({ data: { tenantId, name: `${FIXTURE}${name}`, kind: "department" } })).id;
  const testUnitId = await unit("有测试机器人的单位");
  const clearUnitId = await unit("有钉钉机器人的单位");
  const testUrl = process.env.MATRIX_ROBOT_URL ?? "http://127.0.0.1:9/cgi-bin/webhook/send?key=none";
  await db.robotWebhook.create({ data: { tenantId, orgUnitId: testUnitId, kind: "wecom", url: testUrl } });
  await db.robotWebhook.create({
    data: { tenantId, orgUnitId: clearUnitId, kind: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=matrix", secret: "SECmatrix" },
  });
  return { testUnitId, clearUnitId };
}

/** The tenant, its demo accounts, its main plan and five of that plan's tasks. */
async function loadTenant(code: string, mainPlan: RegExp) {
  const db = ownerDb();
  const tenant = await db.tenant.findUniqueOrThrow({ where: { code } });
  const tenantId = tenant.id;
  const members = await db.membership.findMany({ where: { tenantId }, include: { user: true } });
  const userOf = (suffix: string) => members.find((m) => m.user.username === `${code}.${suffix}`)!;
  const reporter = userOf("reporter");
  const plan = (await db.plan.findMany({ where: { tenantId } })).find((p) => mainPlan.test(p.title))!;
  await giveTasksAUnit(db, tenantId, plan.id, reporter.orgUnitId!);
  const rows = await db.task.findMany({
    where: { tenantId, planId: plan.id },
    orderBy: { position: "asc" },
    include: { measures: { orderBy: { position: "asc" } }, leaders: { include: { person: true } }, units: { include: { orgUnit: true } } },
  });
  const fixtureOf = (t: (typeof rows)[number]): TaskFixture => ({
    id: t.id,
    version: t.version,
    number: t.number,
    title: t.title,
    sectionId: t.sectionId,
    goal: t.goal,
    ...measuresAndLeaders(t),
    units: t.units.map((u) => ({ name: u.orgUnit.name, role: u.role })),
  });
  const [edit, status, urge, milestones, cooperate] = rows.map(fixtureOf);
  if (!cooperate) throw new Error(`${code}: the main plan needs at least five tasks`);
  const side = {
    code,
    name: tenant.name,
    tenantId,
    userIds: { admin: userOf("admin").userId, staff: userOf("staff").userId, leader: userOf("leader").userId, reporter: reporter.userId },
    reporterUnitId: reporter.orgUnitId!,
    plan: { id: plan.id, title: plan.title, sourceText: plan.sourceText ?? "" },
    sections: { withTasks: edit!.sectionId },
    tasks: { edit: edit!, status: status!, urge: urge!, milestones: milestones!, cooperate },
  };
  return { db, code, tenantId, userOf, side, lastTaskPosition: rows.at(-1)!.position, cooperateUnitIds: rows[4]!.units.map((u) => u.orgUnitId) };
}

/**
 * Opening a period gives slots to the lead and responsible units of each task;
 * a plan whose document names none (xingqing's 十四五 plan) gets the
 * reporter's unit as lead on its first tasks, so that it has slots to aim at.
 */
async function giveTasksAUnit(db: Db, tenantId: string, planId: string, orgUnitId: string): Promise<void> {
  const tasks = await db.task.findMany({ where: { tenantId, planId }, orderBy: { position: "asc" }, take: 12, include: { units: true } });
  const bare = tasks.filter((t) => !t.units.some((u) => u.role !== "cooperate"));
  await db.taskUnit.createMany({ data: bare.map((t) => ({ tenantId, taskId: t.id, orgUnitId, role: "lead" as const })) });
}

/** Spare plans, sections, a task, milestones and indicators that entries may change or delete. */
async function planFixtures({ db, code, tenantId, side, lastTaskPosition, cooperateUnitIds }: Base, percentDefinitionId: string) {
  const planId = side.plan.id;
  const sparePlan = async (title: string) => (await db.plan.create({ data: { tenantId, title: `${FIXTURE}${title}`, startYear: 2022, endYear: 2022 } })).id;
  const docText = importedDocText(code);
  const imported = await importPlanFile(db, code, "matrix.txt", new TextEncoder().encode(docText));

  const lastSection = await db.section.findFirstOrThrow({ where: { tenantId, planId }, orderBy: { position: "desc" } });
  const section = async (offset: number, title: string) =>
    (await db.section.create({ data: { tenantId, planId, parentId: null, position: lastSection.position + offset, title: `${FIXTURE}${title}` } })).id;
  const sections = { ...side.sections, empty: await section(1, "空部分"), movable: await section(2, "可下移的部分") };
  await section(3, "其后的部分");
  const removable = await db.task.create({
    data: { tenantId, planId, sectionId: side.sections.withTasks, number: 999, position: lastTaskPosition + 1, title: `${FIXTURE}待删除任务` },
  });

  const milestone = async (title: string) =>
    (await db.taskMilestone.create({ data: { tenantId, taskId: side.tasks.milestones.id, position: title.length, title } })).id;
  const indicator = async (name: string, mapping: { definitionId?: string; mappingState?: "suggested" | "confirmed" } = {}) =>
    (
      await db.indicator.create({
        data: { tenantId, planId, origin: "manual", position: 900, name: `${FIXTURE}${name}`, unit: "%", targetValue: 90, ...mapping },
      })
    ).id;

  // A cooperating unit on the cooperate task: opening a period gives it no slot, so adding one is possible.
  const cooperateUnit = await db.orgUnit.findFirstOrThrow({ where: { tenantId, id: { notIn: cooperateUnitIds } }, orderBy: { name: "asc" } });
  await db.taskUnit.create({ data: { tenantId, taskId: side.tasks.cooperate.id, orgUnitId: cooperateUnit.id, role: "cooperate" } });

  return {
    sparePlans: { update: await sparePlan("待修改规划"), remove: await sparePlan("待删除规划") },
    importedDoc: { planId: imported.planId, sourceText: docText },
    sections,
    tasks: { ...side.tasks, removable: removable.id },
    milestones: { toggle: await milestone("里程碑一"), remove: await milestone("待删除里程碑") },
    indicators: {
      suggested: await indicator("建议口径", { definitionId: percentDefinitionId, mappingState: "suggested" }),
      choose: await indicator("待选口径"),
      clear: await indicator("已确认口径", { definitionId: percentDefinitionId, mappingState: "confirmed" }),
      tolerance: await indicator("容差"),
      edit: await indicator("待修改"),
      remove: await indicator("待删除"),
    },
    cooperateUnitId: cooperateUnit.id,
  };
}

/** A member the members actions may manage, and unread messages. */
async function peopleFixtures({ db, code, tenantId, userOf }: Base) {
  const user = await db.user.create({ data: { username: `matrix.${code}.member`, displayName: `${FIXTURE}成员`, passwordHash: "x" } });
  const membership = await db.membership.create({ data: { tenantId, userId: user.id, role: "bureau_staff" } });
  const message = async (suffix: string) =>
    (await db.inboxMessage.create({ data: { tenantId, userId: userOf(suffix).userId, kind: "urge", title: `${FIXTURE}催办` } })).id;
  const person = await db.person.create({ data: { tenantId, name: `${FIXTURE}责任领导` } });
  return {
    member: { membershipId: membership.id, userId: user.id },
    messages: { staff: await message("staff"), leader: await message("leader") },
    leaderLink: { membershipId: userOf("leader").id, personId: person.id },
  };
}

/** An open period, a slot per reporting entry, two attachments and a submitted report. */
async function reportingFixtures({ db, code, tenantId, side }: Base, mainPlan: RegExp) {
  const { periodId } = await openPeriodFor(code, mainPlan);
  // The urge and cooperate tasks keep their slots untouched.
  const reserved = new Set([side.tasks.urge.id, side.tasks.cooperate.id]);
  const open = await db.reportSlot.findMany({ where: { tenantId, periodId, status: "open" }, orderBy: [{ taskId: "asc" }, { orgUnitId: "asc" }] });
  const [draft, submit, upload, removable, download, routeSubmit, review] = open.filter((s) => !reserved.has(s.taskId)).map((s) => s.id);
  if (!review) throw new Error(`${code}: the open period needs at least seven slots besides the reserved tasks'`);

  // Staff may write any slot of their tenant (reports:submit): the set-up acts as them.
  await signInAs(`${code}.staff`);
  const attach = async (slotId: string) => {
    const form = new FormData();
    form.set("slotId", slotId);
    form.set("file", new File([PDF_BYTES], "会议纪要.pdf", { type: "application/pdf" }));
    const result = await uploadAttachmentAction(form);
    if (!result.ok) throw new Error(`${code}: upload failed: ${result.message}`);
    return result.data.id;
  };
  const attachments = { removable: await attach(removable!), download: await attach(download!) };
  const submitted = await submitReportAction({ slotId: review, summary: `${FIXTURE}待审核报告`, progress: 30, version: 0, submitKey: randomUUID() });
  if (!submitted.ok) throw new Error(`${code}: submit failed: ${submitted.message}`);
  const report = await db.report.findFirstOrThrow({ where: { tenantId, slotId: review } });
  return {
    periodId,
    slots: { draft: draft!, submit: submit!, upload: upload!, removable: removable!, download: download!, routeSubmit: routeSubmit! },
    attachments,
    review: { reportId: report.id, version: report.version },
  };
}
/** A two-task plan document, different per tenant (so each tenant's copy has its own source hash). */
export function importedDocText(code: string): string {
  return [
    `${FIXTURE}${code}区教育局2024年工作要点`,
    "一、办好学前教育",
    "1.扩大普惠资源",
    "目标任务：普惠性幼儿园覆盖率达到95%以上。",
    "责任单位：学前科",
    "二、提升义务教育质量",
    "2.推进集团化办学",
    "牵头单位：基教科",
    "",
  ].join("\n\n");
}
