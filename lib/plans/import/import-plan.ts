// ParsedPlan → rows, inside the caller's tenant-scoped transaction (so one
// transaction for the whole document): the rows come from the pure
// planRows (./plan-rows.ts), this file writes them. Units and leaders named in
// the plan are linked when they exist in the tenant (units also by a variant
// spelling or a former name: lib/units/resolve-unit-names.ts) and created when they do not.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError, UserFacingError } from "@/lib/errors";
import type { ParsedPlan } from "@/lib/plans/parser";
import { applySuggestions } from "@/lib/indicators/apply-suggestions";
import { countPlanReports } from "@/lib/plans/queries/count-plan-reports";
import { resolveUnitNames } from "@/lib/units/resolve-unit-names";
import { planRows, uniqueNames, type PlanRows } from "./plan-rows";
import { planSourceHash } from "./source-hash";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";

export interface ImportOptions {
  sourceText: string;
  /** Replace an earlier import of the same document instead of refusing. */
  replace?: boolean;
  fallbackYear?: number;
  /** Who imports: the author of the status events of tasks the document states a status for. */
  actorUserId?: string | null;
}

export interface ImportResult {
  planId: string;
  replaced: boolean;
  sections: number;
  tasks: number;
  indicators: number;
  unitsCreated: number;
  peopleCreated: number;
}

export async function importPlan(tx: Tx, tenantId: string, parsed: ParsedPlan, options: ImportOptions): Promise<ImportResult> {
  if (!parsed.title.trim()) throw new UserFacingError("未能识别规划标题，请在预览中填写标题后再导入");
  const sourceHash = planSourceHash(options.sourceText);
  const replaced = await removeEarlierImport(tx, tenantId, sourceHash, options.replace ?? false);
  const rows = planRows(parsed, { newId: randomUUID, fallbackYear: options.fallbackYear ?? new Date().getFullYear() });
  const planId = randomUUID();
  const { unitsCreated, peopleCreated } = await writePlanRows(tx, tenantId, planId, rows, { sourceText: options.sourceText, sourceHash });
  await recordStatedStatuses(tx, tenantId, rows, options.actorUserId ?? null);
  // Catalogue (口径) suggestions for the new indicators; an admin confirms them.
  await applySuggestions(tx, tenantId, { planId });
  return {
    planId,
    replaced,
    sections: rows.sections.length,
    tasks: rows.tasks.length,
    indicators: rows.indicators.length,
    unitsCreated,
    peopleCreated,
  };
}

/** A second import of the same document is refused, or with `replace` takes the first one's place while it has no reports. */
async function removeEarlierImport(tx: Tx, tenantId: string, sourceHash: string, replace: boolean): Promise<boolean> {
  const existing = await tx.plan.findFirst({ where: { tenantId, sourceHash }, select: { id: true, title: true } });
  if (!existing) return false;
  if (!replace) throw new ConflictError(`该文件已导入过（《${existing.title}》）。如需重新导入，请勾选“替换已导入的同一文件”。`);
  // Replacing recreates every task, which would take the plan's reports, evidence and actuals with it.
  const reports = await countPlanReports(tx, tenantId, existing.id);
  if (reports > 0) {
    throw new ConflictError(
      `《${existing.title}》已收到 ${reports} 份填报报告，替换导入会删除这些报告及其附件和指标实际值，因此未执行。如需调整，请在规划页面直接修改任务。`,
    );
  }
  await tx.plan.delete({ where: { tenantId_id: { tenantId, id: existing.id } } });
  return true;
}

async function writePlanRows(tx: Tx, tenantId: string, planId: string, rows: PlanRows, source: { sourceText: string; sourceHash: string }) {
  await tx.plan.create({ data: { id: planId, tenantId, ...rows.plan, ...source } });
  const { ids: unitIds, created: unitsCreated } = await resolveUnitNames(tx, tenantId, uniqueNames(rows.units.map((u) => u.name)));
  const { ids: personIds, created: peopleCreated } = await ensurePeople(tx, tenantId, uniqueNames(rows.leaders.map((l) => l.name)));
  const owned = { tenantId, planId };
  // Parents before children: sections are in pre-order.
  await tx.section.createMany({ data: rows.sections.map((s) => ({ ...owned, ...s })) });
  await tx.task.createMany({ data: rows.tasks.map((t) => ({ ...owned, ...t })) });
  await tx.measure.createMany({ data: rows.measures.map((m) => ({ tenantId, ...m })) });
  await tx.taskMilestone.createMany({ data: rows.milestones.map((m) => ({ tenantId, ...m })) });
  await tx.taskLeader.createMany({ data: rows.leaders.map((l) => ({ tenantId, taskId: l.taskId, personId: personIds.get(l.name)! })), skipDuplicates: true });
  await tx.taskUnit.createMany({
    data: rows.units.map((u) => ({ tenantId, taskId: u.taskId, orgUnitId: unitIds.get(u.name.trim())!, role: u.role })),
    skipDuplicates: true,
  });
  await tx.indicator.createMany({ data: rows.indicators.map((i) => ({ ...owned, ...i })) });
  await tx.planProject.createMany({ data: rows.projects.map((p) => ({ ...owned, ...p })) });
  return { unitsCreated, peopleCreated };
}

/** A status the document states is the task's first status change, in its history like any other. */
async function recordStatedStatuses(tx: Tx, tenantId: string, rows: PlanRows, actorUserId: string | null) {
  const stated = rows.tasks.filter((t) => t.status !== "not_started");
  await tx.taskStatusEvent.createMany({
    data: stated.map((t) => ({
      tenantId,
      taskId: t.id,
      actorUserId,
      fromStatus: "not_started" as const,
      toStatus: t.status,
      fromProgress: 0,
      toProgress: t.progress,
      dueDate: t.dueDate,
      note: `导入时按文件标注的“${TASK_STATUS_LABELS[t.status]}”设置`,
    })),
  });
}

async function ensurePeople(tx: Tx, tenantId: string, names: string[]) {
  const existing = await tx.person.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } });
  const missing = names.filter((n) => !existing.some((e) => e.name === n));
  await tx.person.createMany({ data: missing.map((name) => ({ tenantId, name })), skipDuplicates: true });
  const all = missing.length ? await tx.person.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } }) : existing;
  return { ids: new Map(all.map((p) => [p.name, p.id])), created: missing.length };
}
