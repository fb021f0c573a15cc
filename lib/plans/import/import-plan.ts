// ParsedPlan → rows, inside the caller's tenant-scoped transaction (so one
// transaction for the whole document). Units and leaders named in the plan are
// linked when they exist in the tenant and created when they do not.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitRole } from "@/lib/generated/prisma/enums";
import { ConflictError, UserFacingError } from "@/lib/errors";
import type { ParsedPlan, PlanSection, PlanTask, ResponsibleUnit, Target } from "@/lib/plans/parser";
import { applySuggestions } from "@/lib/indicators/apply-suggestions";
import { countPlanReports } from "@/lib/plans/queries/count-plan-reports";
import { COMPARATOR_FROM_API } from "@/lib/vocabulary";
import { guessPlanKind, guessUnitKind } from "./classify";
import { planSourceHash } from "./source-hash";

export interface ImportOptions {
  sourceText: string;
  /** Replace an earlier import of the same document instead of refusing. */
  replace?: boolean;
  fallbackYear?: number;
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

type Rows = {
  sections: Prisma.SectionCreateManyInput[];
  tasks: Prisma.TaskCreateManyInput[];
  measures: Prisma.MeasureCreateManyInput[];
  leaders: { taskId: string; name: string }[];
  units: { taskId: string; name: string; role: UnitRole }[];
  indicators: Prisma.IndicatorCreateManyInput[];
};

export async function importPlan(tx: Tx, tenantId: string, parsed: ParsedPlan, options: ImportOptions): Promise<ImportResult> {
  const title = parsed.title.trim();
  if (!title) throw new UserFacingError("未能识别规划标题，请在预览中填写标题后再导入");
  const sourceHash = planSourceHash(options.sourceText);
  const existing = await tx.plan.findFirst({ where: { tenantId, sourceHash }, select: { id: true, title: true } });
  if (existing && !options.replace) {
    throw new ConflictError(`该文件已导入过（《${existing.title}》）。如需重新导入，请勾选“替换已导入的同一文件”。`);
  }
  if (existing) {
    // Replacing recreates every task, which would take the plan's reports, evidence and actuals with it.
    const reports = await countPlanReports(tx, tenantId, existing.id);
    if (reports > 0) {
      throw new ConflictError(
        `《${existing.title}》已收到 ${reports} 份填报报告，替换导入会删除这些报告及其附件和指标实际值，因此未执行。如需调整，请在规划页面直接修改任务。`,
      );
    }
    await tx.plan.delete({ where: { tenantId_id: { tenantId, id: existing.id } } });
  }

  const year = options.fallbackYear ?? new Date().getFullYear();
  const planId = randomUUID();
  await tx.plan.create({
    data: {
      id: planId,
      tenantId,
      title,
      kind: guessPlanKind(title),
      startYear: parsed.period?.startYear ?? year,
      endYear: parsed.period?.endYear ?? parsed.period?.startYear ?? year,
      documentNumber: parsed.documentNumber,
      planText: {
        preamble: parsed.preamble,
        issuer: parsed.issuer,
        issueDate: parsed.issueDate,
        blocks: parsed.planText.map((b) => ({ title: b.title, kind: b.kind, text: b.text, line: b.line })),
        warnings: parsed.warnings.map((w) => ({ line: w.line, message: w.message })),
      },
      sourceText: options.sourceText,
      sourceHash,
    },
  });

  const rows: Rows = { sections: [], tasks: [], measures: [], leaders: [], units: [], indicators: [] };
  const counters = { section: 0, task: 0, indicator: 0 };
  const addTarget = (target: Target, taskId: string | null) =>
    rows.indicators.push({
      tenantId,
      planId,
      taskId,
      origin: "text",
      position: counters.indicator++,
      name: target.text.slice(0, 200),
      unit: target.unit || null,
      comparator: COMPARATOR_FROM_API[target.comparator],
      targetValue: target.min ?? target.value,
      targetMax: target.comparator === "range" ? (target.max ?? null) : null,
      targetYear: target.year,
      sourceText: target.text,
    });

  const walk = (section: PlanSection, parentId: string | null, inherited: { leaders: string[]; units: ResponsibleUnit[] }) => {
    const sectionId = randomUUID();
    rows.sections.push({ id: sectionId, tenantId, planId, parentId, position: counters.section++, title: section.title || "（未命名部分）" });
    const scope = { leaders: [...inherited.leaders, ...section.leaders], units: [...inherited.units, ...section.units] };
    for (const task of section.tasks) addTask(task, sectionId, scope);
    for (const child of section.sections) walk(child, sectionId, scope);
  };
  const addTask = (task: PlanTask, sectionId: string, scope: { leaders: string[]; units: ResponsibleUnit[] }) => {
    const taskId = randomUUID();
    rows.tasks.push({
      id: taskId,
      tenantId,
      planId,
      sectionId,
      number: task.number,
      position: counters.task++,
      title: task.title || `任务 ${task.number}`,
      goal: task.goal,
      sourceText: task.sourceText,
      sourceLine: task.line,
    });
    task.measures.forEach((text, position) => rows.measures.push({ tenantId, taskId, position, text }));
    for (const name of unique([...scope.leaders, ...task.leaders])) rows.leaders.push({ taskId, name });
    const seen = new Set<string>();
    for (const unit of [...scope.units, ...task.units]) {
      const key = `${unit.name}|${unit.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.units.push({ taskId, name: unit.name, role: unit.role });
    }
    for (const target of task.targets) addTarget(target, taskId);
  };
  for (const section of parsed.sections) walk(section, null, { leaders: [], units: [] });
  for (const target of parsed.targets) addTarget(target, null);
  for (const indicator of parsed.indicators) {
    rows.indicators.push({
      tenantId,
      planId,
      taskId: null,
      origin: "table",
      position: counters.indicator++,
      name: indicator.name,
      unit: indicator.unit,
      comparator: indicator.target ? COMPARATOR_FROM_API[indicator.target.comparator] : "gte",
      baselineValue: indicator.baseline?.value ?? null,
      baselineYear: indicator.baseline?.year ?? null,
      targetValue: indicator.target ? (indicator.target.min ?? indicator.target.value) : null,
      targetMax: indicator.target?.comparator === "range" ? (indicator.target.max ?? null) : null,
      targetYear: indicator.target?.year ?? null,
      sourceText: indicator.category ? `${indicator.category} / ${indicator.name}` : indicator.name,
    });
  }

  const { ids: unitIds, created: unitsCreated } = await ensureUnits(tx, tenantId, unique(rows.units.map((u) => u.name)));
  const { ids: personIds, created: peopleCreated } = await ensurePeople(tx, tenantId, unique(rows.leaders.map((l) => l.name)));

  // Parents before children: sections are in pre-order.
  await tx.section.createMany({ data: rows.sections });
  await tx.task.createMany({ data: rows.tasks });
  await tx.measure.createMany({ data: rows.measures });
  await tx.taskLeader.createMany({ data: rows.leaders.map((l) => ({ tenantId, taskId: l.taskId, personId: personIds.get(l.name)! })), skipDuplicates: true });
  await tx.taskUnit.createMany({
    data: rows.units.map((u) => ({ tenantId, taskId: u.taskId, orgUnitId: unitIds.get(u.name)!, role: u.role })),
    skipDuplicates: true,
  });
  await tx.indicator.createMany({ data: rows.indicators });
  // Catalogue (口径) suggestions for the new indicators; an admin confirms them.
  await applySuggestions(tx, tenantId, { planId });

  return {
    planId,
    replaced: Boolean(existing),
    sections: rows.sections.length,
    tasks: rows.tasks.length,
    indicators: rows.indicators.length,
    unitsCreated,
    peopleCreated,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

async function ensureUnits(tx: Tx, tenantId: string, names: string[]) {
  const existing = await tx.orgUnit.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } });
  const missing = names.filter((n) => !existing.some((e) => e.name === n));
  await tx.orgUnit.createMany({ data: missing.map((name) => ({ tenantId, name, kind: guessUnitKind(name) })), skipDuplicates: true });
  const all = missing.length ? await tx.orgUnit.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } }) : existing;
  return { ids: new Map(all.map((u) => [u.name, u.id])), created: missing.length };
}

async function ensurePeople(tx: Tx, tenantId: string, names: string[]) {
  const existing = await tx.person.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } });
  const missing = names.filter((n) => !existing.some((e) => e.name === n));
  await tx.person.createMany({ data: missing.map((name) => ({ tenantId, name })), skipDuplicates: true });
  const all = missing.length ? await tx.person.findMany({ where: { tenantId, name: { in: names } }, select: { id: true, name: true } }) : existing;
  return { ids: new Map(all.map((p) => [p.name, p.id])), created: missing.length };
}
