// Small plans for the five-year thread's tests (decision 0036), written as the
// table owner: an annual plan with one section and the given tasks.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { ownerDb } from "./db";

export interface AnnualTaskSpec {
  title: string;
  status?: TaskStatus;
  progress?: number;
  dueDate?: string;
  deadlineText?: string;
  /** A task indicator confirmed-mapped to this catalogue definition. */
  definitionId?: string;
}

export async function annualPlan(tenantId: string, title: string, year: number, tasks: AnnualTaskSpec[]) {
  const db = ownerDb();
  const plan = await db.plan.create({ data: { tenantId, title, kind: "work_points", startYear: year, endYear: year } });
  const section = await db.section.create({ data: { tenantId, planId: plan.id, position: 0, title: "一、重点工作" } });
  const ids: string[] = [];
  for (const [i, t] of tasks.entries()) {
    const task = await db.task.create({
      data: {
        tenantId,
        planId: plan.id,
        sectionId: section.id,
        number: i + 1,
        position: i,
        title: t.title,
        status: t.status ?? "not_started",
        progress: t.progress ?? 0,
        dueDate: t.dueDate ? new Date(t.dueDate) : null,
        deadlineText: t.deadlineText ?? null,
      },
    });
    if (t.definitionId) {
      await db.indicator.create({
        data: {
          tenantId,
          planId: plan.id,
          taskId: task.id,
          origin: "text",
          position: 0,
          name: `${t.title}指标`,
          definitionId: t.definitionId,
          mappingState: "confirmed",
        },
      });
    }
    ids.push(task.id);
  }
  return { planId: plan.id, sectionId: section.id, taskIds: ids };
}
