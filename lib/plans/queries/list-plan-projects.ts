// A plan's annex projects with the task each is cited by (具体项目见附件2),
// for the plan page. Loaded by plan AND tenant; the citing task is found by
// its number in the same plan, so a deleted or renumbered task leaves the
// project without a link, never without its row.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { ProjectRow } from "@/lib/plans/import/plan-rows";

/** A project as imported (plan-rows.ts), with its id and the task citing it instead of the task's number. */
export type PlanProjectView = Omit<ProjectRow, "position" | "taskNumber"> & {
  id: string;
  task: { id: string; number: number; title: string } | null;
};

/** An annex table has tens of projects; a plan page lists them all up to this. */
const PROJECTS_SHOWN = 500;

export async function listPlanProjects(tx: Tx, tenantId: string, planId: string): Promise<PlanProjectView[]> {
  const projects = await tx.planProject.findMany({ where: { tenantId, planId }, orderBy: { position: "asc" }, take: PROJECTS_SHOWN });
  const numbers = [...new Set(projects.flatMap((p) => (p.taskNumber === null ? [] : [p.taskNumber])))];
  const tasks = numbers.length
    ? await tx.task.findMany({
        where: { tenantId, planId, number: { in: numbers } },
        orderBy: { position: "asc" },
        select: { id: true, number: true, title: true },
      })
    : [];
  const byNumber = new Map<number, (typeof tasks)[number]>();
  for (const t of tasks) if (!byNumber.has(t.number)) byNumber.set(t.number, t);
  return projects.map((p) => ({
    id: p.id,
    name: p.name,
    content: p.content,
    investment: p.investment,
    investmentWanYuan: p.investmentWanYuan === null ? null : Number(p.investmentWanYuan),
    years: p.years,
    units: p.units,
    task: p.taskNumber === null ? null : (byNumber.get(p.taskNumber) ?? null),
  }));
}
