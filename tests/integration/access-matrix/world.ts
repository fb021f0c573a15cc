// The objects the access matrix aims at: for the attacker's home tenant and
// for the victim tenant, one object of each kind an action or route takes by
// id, each reserved for one entry so that one entry's success cannot spoil
// another's input. Read from the seeded demo world, plus a few fixtures the
// seed does not have (an open period, reports, an attachment, messages,
// milestones, spare rows to delete), made here before the first fingerprint.
//
// A third side, the ghost, has the victim's shape with every id replaced by a
// fresh one that no row has: the victim's id must be answered exactly like a
// missing id (README: "Another tenant's id answers 404 like a missing one").
import { randomUUID } from "node:crypto";
import { uploadAttachmentAction, submitReportAction } from "@/lib/reports/actions";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { buildPlanLedger } from "@/lib/ledger/build-ledger";
import { writeLedgerXlsx } from "@/lib/ledger/write-xlsx";
import { todayInChina } from "@/lib/reports/periods";
import { importPlanFile } from "@/prisma/seed/import-plan-file";
import { ownerDb, signInAs, signOut } from "@/tests/support/db";
import { openPeriodFor } from "@/tests/support/reporting";

process.env.EDUPLAN_UPLOAD_DIR ??= `/tmp/eduplan-it-uploads-${randomUUID()}`;

/** The attacker's home tenant and the victim, with the plan whose tasks each side uses. */
export const ATTACKER = { code: "jinfeng", mainPlan: /教育工作要点/ } as const;
export const VICTIM = { code: "xingqing", mainPlan: /十四五/ } as const;

const FIXTURE = "【矩阵】";
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

export interface TaskFixture {
  id: string;
  version: number;
  number: number;
  title: string;
  sectionId: string;
  goal: string | null;
  measures: string[];
  leaders: string[];
  units: { name: string; role: string }[];
}

/** One tenant's targets. Every string that is a UUID is an id the ghost replaces. */
export interface Side {
  code: string;
  name: string;
  tenantId: string;
  userIds: { admin: string; staff: string; leader: string; reporter: string };
  reporterUnitId: string;
  plan: { id: string; title: string; sourceText: string };
  sparePlans: { update: string; remove: string };
  /** A small plan imported from a document in this tenant: its text matches it by source hash. */
  importedDoc: { planId: string; sourceText: string };
  sections: { withTasks: string; empty: string; movable: string };
  tasks: { edit: TaskFixture; status: TaskFixture; urge: TaskFixture; milestones: TaskFixture; cooperate: TaskFixture; removable: string };
  milestones: { toggle: string; remove: string };
  indicators: { suggested: string; choose: string; clear: string; tolerance: string; edit: string; remove: string };
  cooperateUnitId: string;
  member: { membershipId: string };
  periodId: string;
  slots: { draft: string; submit: string; upload: string; removable: string; download: string; routeSubmit: string };
  attachments: { removable: string; download: string };
  review: { reportId: string; version: number };
  messages: { staff: string; leader: string };
}

export interface World {
  own: Side;
  victim: Side;
  ghost: Side;
  catalogue: { definitionId: string; currentVersion: number; unit: string | null; percentDefinitionId: string; percentCode: string };
  /** The attacker's main plan ledger as exported (.xlsx): a well-formed file for the import action. */
  ledgerXlsx: Uint8Array<ArrayBuffer>;
}

export async function buildWorld(): Promise<World> {
  const db = ownerDb();
  const percent = await db.indicatorDefinition.findFirstOrThrow({ where: { unit: "%" }, orderBy: { code: "asc" } });
  const revisable = await db.indicatorDefinition.findFirstOrThrow({ where: { code: { not: percent.code } }, orderBy: { code: "asc" } });
  const own = await buildSide(ATTACKER.code, ATTACKER.mainPlan, percent.id);
  const victim = await buildSide(VICTIM.code, VICTIM.mainPlan, percent.id);
  const ledger = await openTenantTransaction(db, { tenantId: own.tenantId, userId: null }, (tx) => buildPlanLedger(tx, own.tenantId, own.plan.id));
  signOut();
  return {
    own,
    victim,
    ghost: ghostOf(victim),
    catalogue: {
      definitionId: revisable.id,
      currentVersion: revisable.currentVersion,
      unit: revisable.unit,
      percentDefinitionId: percent.id,
      percentCode: percent.code,
    },
    ledgerXlsx: new Uint8Array(await writeLedgerXlsx(ledger, todayInChina())),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The victim's shape with ids no row has (and a tenant code no tenant has). */
export function ghostOf(side: Side): Side {
  const map = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return UUID.test(value) ? randomUUID() : key === "code" ? `ghost-${randomUUID().slice(0, 8)}` : value;
    if (Array.isArray(value)) return value.map((v) => map(v, key));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, k)]));
    return value;
  };
  return map(side, "") as Side;
}

async function buildSide(code: string, mainPlan: RegExp, percentDefinitionId: string): Promise<Side> {
  const db = ownerDb();
  const tenant = await db.tenant.findUniqueOrThrow({ where: { code } });
  const tenantId = tenant.id;
  const members = await db.membership.findMany({ where: { tenantId }, include: { user: true } });
  const userOf = (suffix: string) => members.find((m) => m.user.username === `${code}.${suffix}`)!;
  const reporter = userOf("reporter");

  const plan = (await db.plan.findMany({ where: { tenantId } })).find((p) => mainPlan.test(p.title))!;
  await giveTasksAUnit(tenantId, plan.id, reporter.orgUnitId!);
  const tasks = await db.task.findMany({
    where: { tenantId, planId: plan.id },
    orderBy: { position: "asc" },
    include: {
      measures: { orderBy: { position: "asc" } },
      leaders: { include: { person: true } },
      units: { include: { orgUnit: true } },
    },
  });
  const fixtureOf = (t: (typeof tasks)[number]): TaskFixture => ({
    id: t.id,
    version: t.version,
    number: t.number,
    title: t.title,
    sectionId: t.sectionId,
    goal: t.goal,
    measures: t.measures.map((m) => m.text),
    leaders: t.leaders.map((l) => l.person.name),
    units: t.units.map((u) => ({ name: u.orgUnit.name, role: u.role })),
  });
  const [edit, status, urge, milestones, cooperate] = tasks.map(fixtureOf);
  if (!cooperate) throw new Error(`${code}: the main plan needs at least five tasks`);

  const sparePlan = (title: string) => db.plan.create({ data: { tenantId, title: `${FIXTURE}${title}`, startYear: 2022, endYear: 2022 } });
  const sparePlans = { update: (await sparePlan("待修改规划")).id, remove: (await sparePlan("待删除规划")).id };
  const docText = importedDocText(code);
  const imported = await importPlanFile(db, code, "matrix.txt", new TextEncoder().encode(docText));
  const lastSection = await db.section.findFirstOrThrow({ where: { tenantId, planId: plan.id }, orderBy: { position: "desc" } });
  const section = (position: number, title: string) =>
    db.section.create({ data: { tenantId, planId: plan.id, parentId: null, position: lastSection.position + position, title: `${FIXTURE}${title}` } });
  const emptySection = await section(1, "空部分");
  const movable = await section(2, "可下移的部分");
  await section(3, "其后的部分");
  const lastTask = tasks[tasks.length - 1]!;
  const removableTask = await db.task.create({
    data: { tenantId, planId: plan.id, sectionId: edit!.sectionId, number: 999, position: lastTask.position + 1, title: `${FIXTURE}待删除任务` },
  });

  const milestone = (title: string) => db.taskMilestone.create({ data: { tenantId, taskId: milestones!.id, position: title.length, title } });
  const toggleMilestone = await milestone("里程碑一");
  const removeMilestone = await milestone("待删除里程碑");

  const indicator = (name: string, mapping: { definitionId?: string; mappingState?: "suggested" | "confirmed" } = {}) =>
    db.indicator.create({
      data: { tenantId, planId: plan.id, origin: "manual", position: 900, name: `${FIXTURE}${name}`, unit: "%", targetValue: 90, ...mapping },
    });
  const indicators = {
    suggested: (await indicator("建议口径", { definitionId: percentDefinitionId, mappingState: "suggested" })).id,
    choose: (await indicator("待选口径")).id,
    clear: (await indicator("已确认口径", { definitionId: percentDefinitionId, mappingState: "confirmed" })).id,
    tolerance: (await indicator("容差")).id,
    edit: (await indicator("待修改")).id,
    remove: (await indicator("待删除")).id,
  };

  // A cooperating unit on the cooperate task: opening a period gives it no slot, so adding one is possible.
  const linked = new Set(tasks.find((t) => t.id === cooperate.id)!.units.map((u) => u.orgUnitId));
  const cooperateUnit = await db.orgUnit.findFirstOrThrow({ where: { tenantId, id: { notIn: [...linked] } }, orderBy: { name: "asc" } });
  await db.taskUnit.create({ data: { tenantId, taskId: cooperate.id, orgUnitId: cooperateUnit.id, role: "cooperate" } });

  const memberUser = await db.user.create({ data: { username: `matrix.${code}.member`, displayName: `${FIXTURE}成员`, passwordHash: "x" } });
  const membership = await db.membership.create({ data: { tenantId, userId: memberUser.id, role: "bureau_staff" } });
  const message = (suffix: string) => db.inboxMessage.create({ data: { tenantId, userId: userOf(suffix).userId, kind: "urge", title: `${FIXTURE}催办` } });
  const messages = { staff: (await message("staff")).id, leader: (await message("leader")).id };

  const { periodId } = await openPeriodFor(code, mainPlan);
  const reserved = new Set([urge!.id, cooperate.id]);
  const slotRows = await db.reportSlot.findMany({ where: { tenantId, periodId, status: "open" }, orderBy: [{ taskId: "asc" }, { orgUnitId: "asc" }] });
  const free = slotRows.filter((s) => !reserved.has(s.taskId)).map((s) => s.id);
  const [draft, submit, upload, removable, download, routeSubmit, review] = free;
  if (!review) throw new Error(`${code}: the open period needs at least seven slots besides the reserved tasks'`);

  // Staff may write any slot of their tenant (reports:submit): the setup acts as them.
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
  const reviewReport = await db.report.findFirstOrThrow({ where: { tenantId, slotId: review } });

  return {
    code,
    name: tenant.name,
    tenantId,
    userIds: { admin: userOf("admin").userId, staff: userOf("staff").userId, leader: userOf("leader").userId, reporter: reporter.userId },
    reporterUnitId: reporter.orgUnitId!,
    plan: { id: plan.id, title: plan.title, sourceText: plan.sourceText ?? "" },
    sparePlans,
    importedDoc: { planId: imported.planId, sourceText: docText },
    sections: { withTasks: edit!.sectionId, empty: emptySection.id, movable: movable.id },
    tasks: { edit: edit!, status: status!, urge: urge!, milestones: milestones!, cooperate, removable: removableTask.id },
    milestones: { toggle: toggleMilestone.id, remove: removeMilestone.id },
    indicators,
    cooperateUnitId: cooperateUnit.id,
    member: { membershipId: membership.id },
    periodId,
    slots: { draft: draft!, submit: submit!, upload: upload!, removable: removable!, download: download!, routeSubmit: routeSubmit! },
    attachments,
    review: { reportId: reviewReport.id, version: reviewReport.version },
    messages,
  };
}

/**
 * Opening a period gives slots to the lead and responsible units of each task;
 * a plan whose document names none (xingqing's 十四五 plan) gets the
 * reporter's unit as lead on its first tasks, so that it has slots to aim at.
 */
async function giveTasksAUnit(tenantId: string, planId: string, orgUnitId: string): Promise<void> {
  const db = ownerDb();
  const tasks = await db.task.findMany({ where: { tenantId, planId }, orderBy: { position: "asc" }, take: 12, include: { units: true } });
  const bare = tasks.filter((t) => !t.units.some((u) => u.role !== "cooperate"));
  await db.taskUnit.createMany({ data: bare.map((t) => ({ tenantId, taskId: t.id, orgUnitId, role: "lead" as const })) });
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
