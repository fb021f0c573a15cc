// Merges a duplicate unit (source) into another (target) of the same tenant,
// in the caller's transaction: every task link, report slot, report and
// account binding moves to the target, the source's name (and its former
// names) become the target's aliases so the next plan import maps them there,
// and the source row goes. Collisions are resolved, not refused:
// - a task linked to both keeps one link, with the stronger role (牵头 > 责任 > 配合);
// - two slots for the same task and period (the unique key allows one): the
//   slot whose report is further along (approved > submitted > returned >
//   draft > none; a tie keeps the target's) survives, and the other report is
//   folded into it — its evidence and the actuals the survivor lacks move
//   over, and its text, status and author are written into the survivor's
//   history as a 合并单位 event; the audit event keeps the folded report whole;
// - 督办: 交办/签收 keep the earliest dates; requests, 督办单 and robots move
//   (move-supervision.ts says how two pending requests or robots collide).
import "server-only";
import { moveGroupLinks } from "./move-group-links";
import { moveSupervision } from "./move-supervision";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { REPORT_STATUS_LABELS } from "@/lib/vocabulary";
import { UNIT_MESSAGES as M } from "./messages";

export interface MergeSummary {
  targetId: string;
  taskLinks: number;
  slotsMoved: number;
  slotsMerged: number;
  reportsFolded: number;
  memberships: number;
}

const ROLE_STRENGTH: Record<UnitRole, number> = { lead: 3, responsible: 2, cooperate: 1 };
const STATUS_RANK: Record<ReportStatus, number> = { approved: 4, submitted: 3, returned: 2, draft: 1 };

export async function mergeUnits(tx: Tx, session: TenantSession, input: { sourceId: string; targetId: string }): Promise<MergeSummary> {
  const tenantId = session.tenant.tenantId;
  if (input.sourceId === input.targetId) throw new UserFacingError(M.mergeSelf, { targetId: [M.mergeSelf] });
  const { source, target } = await lockPair(tx, tenantId, input.sourceId, input.targetId);
  const taskLinks = await moveTaskLinks(tx, tenantId, source.id, target.id);
  const slots = await moveSlots(tx, session, source, target.id);
  const { count: memberships } = await tx.membership.updateMany({ where: { tenantId, orgUnitId: source.id }, data: { orgUnitId: target.id } });
  await moveAliases(tx, tenantId, source, target);
  await moveGroupLinks(tx, tenantId, source.id, target.id);
  const supervision = await moveSupervision(tx, tenantId, source, target.id, session.userId);
  await tx.orgUnit.update({
    where: { tenantId_id: { tenantId, id: target.id } },
    data: { stage: target.stage ?? source.stage, ownership: target.ownership ?? source.ownership, district: target.district ?? source.district },
  });
  await tx.orgUnit.delete({ where: { tenantId_id: { tenantId, id: source.id } } });
  await recordAudit(tx, session, {
    action: "unit.merge",
    entityType: "org_unit",
    entityId: target.id,
    before: { source: { id: source.id, name: source.name, kind: source.kind }, target: { id: target.id, name: target.name }, folded: slots.folded },
    after: { name: target.name, taskLinks, slotsMoved: slots.slotsMoved, slotsMerged: slots.slotsMerged, memberships, supervision },
  });
  return { targetId: target.id, taskLinks, slotsMoved: slots.slotsMoved, slotsMerged: slots.slotsMerged, reportsFolded: slots.reportsFolded, memberships };
}

type UnitRow = { id: string; name: string; kind: string; stage: string | null; ownership: string | null; district: string | null };

/** Both rows locked (a second merge of the same pair waits, then finds the source gone); either missing or foreign → not found. */
async function lockPair(tx: Tx, tenantId: string, sourceId: string, targetId: string) {
  const rows = await tx.$queryRaw<UnitRow[]>`
    SELECT id::text, name, kind::text, stage, ownership, district FROM org_units
    WHERE tenant_id = ${tenantId}::uuid AND id IN (${sourceId}::uuid, ${targetId}::uuid) ORDER BY id FOR UPDATE`;
  const source = rows.find((r) => r.id === sourceId);
  const target = rows.find((r) => r.id === targetId);
  if (!source || !target) throw new NotFoundError(M.notFound);
  return { source, target };
}

type LinkRow = { taskId: string; orgUnitId: string; role: UnitRole; assignedAt: Date | null; acknowledgedAt: Date | null; acknowledgedById: string | null };

/**
 * Each source link becomes the target's; a task then linked twice keeps the
 * stronger role, and its 交办 and 签收 the earliest of the two (the task was
 * handed to, and received by, the one real unit then).
 */
async function moveTaskLinks(tx: Tx, tenantId: string, sourceId: string, targetId: string): Promise<number> {
  const links: LinkRow[] = await tx.taskUnit.findMany({
    where: { tenantId, orgUnitId: { in: [sourceId, targetId] } },
    select: { taskId: true, orgUnitId: true, role: true, assignedAt: true, acknowledgedAt: true, acknowledgedById: true },
  });
  const moved = links.filter((l) => l.orgUnitId === sourceId);
  const merged = new Map<string, LinkRow>();
  for (const link of links.filter((l) => moved.some((m) => m.taskId === l.taskId))) {
    const best = merged.get(link.taskId);
    merged.set(link.taskId, best ? mergeLink(best, link) : link);
  }
  const taskIds = [...merged.keys()];
  await tx.taskUnit.deleteMany({ where: { tenantId, taskId: { in: taskIds }, orgUnitId: { in: [sourceId, targetId] } } });
  await tx.taskUnit.createMany({
    data: [...merged.values()].map(({ taskId, role, assignedAt, acknowledgedAt, acknowledgedById }) => ({
      tenantId,
      taskId,
      orgUnitId: targetId,
      role,
      assignedAt,
      acknowledgedAt,
      acknowledgedById,
    })),
  });
  return moved.length;
}

const earlier = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a <= b ? a : b);

function mergeLink(a: LinkRow, b: LinkRow): LinkRow {
  const acknowledged = earlier(a.acknowledgedAt, b.acknowledgedAt);
  return {
    ...a,
    role: ROLE_STRENGTH[b.role] > ROLE_STRENGTH[a.role] ? b.role : a.role,
    assignedAt: earlier(a.assignedAt, b.assignedAt),
    acknowledgedAt: acknowledged,
    acknowledgedById: acknowledged === a.acknowledgedAt ? a.acknowledgedById : b.acknowledgedById,
  };
}

type SlotWithReport = Awaited<ReturnType<typeof slotsOf>>[number];

function slotsOf(tx: Tx, tenantId: string, orgUnitId: string) {
  return tx.reportSlot.findMany({
    where: { tenantId, orgUnitId },
    select: {
      id: true,
      periodId: true,
      taskId: true,
      report: {
        select: {
          id: true,
          status: true,
          summary: true,
          progress: true,
          problems: true,
          nextSteps: true,
          authorUserId: true,
          submittedAt: true,
          actuals: { select: { id: true, indicatorId: true, value: true, reviewState: true } },
          attachments: { select: { id: true, fileName: true } },
        },
      },
    },
  });
}

const rank = (slot: SlotWithReport) => (slot.report ? STATUS_RANK[slot.report.status] : 0);

async function moveSlots(tx: Tx, session: TenantSession, source: UnitRow, targetId: string) {
  const tenantId = session.tenant.tenantId;
  const theirs = await slotsOf(tx, tenantId, source.id);
  const ours = new Map((await slotsOf(tx, tenantId, targetId)).map((s) => [`${s.periodId}|${s.taskId}`, s]));
  let slotsMoved = 0;
  let slotsMerged = 0;
  const folded: Prisma.InputJsonObject[] = [];
  for (const slot of theirs) {
    const other = ours.get(`${slot.periodId}|${slot.taskId}`);
    if (!other) {
      slotsMoved++;
      await tx.reportSlot.update({ where: { tenantId_id: { tenantId, id: slot.id } }, data: { orgUnitId: targetId } });
      continue;
    }
    slotsMerged++;
    const [winner, loser] = rank(slot) > rank(other) ? [slot, other] : [other, slot];
    if (loser.report && winner.report) folded.push(await foldReport(tx, session, source.name, loser.report, winner.report.id, winner.report.status));
    await tx.reportSlot.delete({ where: { tenantId_id: { tenantId, id: loser.id } } });
    if (winner === slot) await tx.reportSlot.update({ where: { tenantId_id: { tenantId, id: slot.id } }, data: { orgUnitId: targetId } });
  }
  return { slotsMoved, slotsMerged, reportsFolded: folded.length, folded };
}

type Folded = NonNullable<SlotWithReport["report"]>;

/** The loser's evidence and the actuals the winner lacks move over; its words go into the winner's history. */
async function foldReport(
  tx: Tx,
  session: TenantSession,
  sourceName: string,
  loser: Folded,
  winnerId: string,
  winnerStatus: ReportStatus,
): Promise<Prisma.InputJsonObject> {
  const tenantId = session.tenant.tenantId;
  await tx.attachment.updateMany({ where: { tenantId, reportId: loser.id }, data: { reportId: winnerId } });
  const held = await tx.indicatorActual.findMany({ where: { tenantId, reportId: winnerId }, select: { indicatorId: true } });
  await tx.indicatorActual.updateMany({
    where: { tenantId, reportId: loser.id, indicatorId: { notIn: held.map((h) => h.indicatorId) } },
    data: { reportId: winnerId },
  });
  const author = loser.authorUserId
    ? ((await tx.membership.findFirst({ where: { tenantId, userId: loser.authorUserId }, select: { user: { select: { displayName: true } } } }))?.user
        .displayName ?? M.noAuthor)
    : M.noAuthor;
  const text = [loser.summary, loser.problems, loser.nextSteps].filter(Boolean).join("；") || "（无）";
  await tx.reportEvent.create({
    data: {
      tenantId,
      reportId: winnerId,
      actorUserId: session.userId,
      action: "merge",
      fromStatus: winnerStatus,
      toStatus: winnerStatus,
      comment: M.foldedReport(sourceName, REPORT_STATUS_LABELS[loser.status], author, `${text}（进度 ${loser.progress}%）`),
    },
  });
  return {
    ...loser,
    submittedAt: loser.submittedAt?.toISOString() ?? null,
    actuals: loser.actuals.map((a) => ({ ...a, value: a.value.toString() })),
    into: winnerId,
  };
}

/** The source's former names follow it; its own name becomes one; the target's current name is never its own alias. */
async function moveAliases(tx: Tx, tenantId: string, source: UnitRow, target: UnitRow) {
  await tx.orgUnitAlias.updateMany({ where: { tenantId, orgUnitId: source.id }, data: { orgUnitId: target.id } });
  await tx.orgUnitAlias.upsert({
    where: { tenantId_name: { tenantId, name: source.name } },
    create: { tenantId, orgUnitId: target.id, name: source.name },
    update: { orgUnitId: target.id },
  });
  await tx.orgUnitAlias.deleteMany({ where: { tenantId, name: target.name } });
}
