// The five-year thread's fixtures of one side (entries/thread.ts, decision
// 0036): a five-year plan, annual plans to suggest on, link from and carry
// over, and two standing suggestions to confirm and to remove. Each action
// gets its own plan, so one entry's success (a recompute drops stale
// suggestions of its plan) cannot spoil another's input.
import type { ownerDb } from "@/tests/support/db";

type Db = ReturnType<typeof ownerDb>;

export interface ThreadFixture {
  /** An annual plan whose task reads like a five-year task: suggesting adds a link. */
  suggestPlanId: string;
  /** An annual plan with an unfinished task, never carried over. */
  carryPlanId: string;
  fromTaskId: string;
  fiveTaskId: string;
  confirmLinkId: string;
  removeLinkId: string;
}

export async function threadFixtures(db: Db, tenantId: string): Promise<ThreadFixture> {
  const plan = async (title: string, kind: "five_year" | "work_points", startYear: number, endYear: number, tasks: string[]) => {
    const p = await db.plan.create({ data: { tenantId, title: `【矩阵】${title}`, kind, startYear, endYear } });
    const section = await db.section.create({ data: { tenantId, planId: p.id, position: 0, title: "一、重点任务" } });
    const ids: string[] = [];
    for (const [i, t] of tasks.entries()) {
      ids.push((await db.task.create({ data: { tenantId, planId: p.id, sectionId: section.id, number: i + 1, position: i, title: t } })).id);
    }
    return { id: p.id, tasks: ids };
  };
  const five = await plan("五年规划", "five_year", 2021, 2025, ["全面推进依法治教", "落实师德第一标准"]);
  const suggest = await plan("2022年工作要点（建议）", "work_points", 2022, 2022, ["依法从严治教"]);
  const links = await plan("2022年工作要点（关联）", "work_points", 2022, 2022, ["加强师德师风建设", "推进依法治教", "深化依法治教"]);
  const carry = await plan("2030年工作要点", "work_points", 2030, 2030, ["待结转的任务"]);
  const suggestion = async (fromTaskId: string) =>
    (await db.taskLink.create({ data: { tenantId, fromTaskId, toTaskId: five.tasks[0]!, state: "suggested", reason: "表述相近", score: 0.5 } })).id;
  return {
    suggestPlanId: suggest.id,
    carryPlanId: carry.id,
    fromTaskId: links.tasks[0]!,
    fiveTaskId: five.tasks[1]!,
    confirmLinkId: await suggestion(links.tasks[1]!),
    removeLinkId: await suggestion(links.tasks[2]!),
  };
}
