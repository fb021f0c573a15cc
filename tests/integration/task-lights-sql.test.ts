// The 亮灯 rule exists twice, as TypeScript (light.ts, for rows and jobs) and
// as SQL (light-sql.ts, for filters and counts). They must judge every task the
// same: a grid of tasks at the rule's boundaries, in a bureau with its own N
// and one on the default, is judged both ways and compared task by task.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { countTaskLights } from "@/lib/supervision/count-task-lights";
import { expectedProgressOn, taskLight } from "@/lib/supervision/light";
import { getSupervisionSettings } from "@/lib/supervision/settings";
import { taskIdsWithLight } from "@/lib/supervision/task-ids-with-light";
import { TASK_LIGHTS } from "@/lib/vocabulary";
import { ownerDb, tenantIdOf } from "@/tests/support/db";

const DAY = 86_400_000;
const TODAY = new Date("2025-06-10T00:00:00Z");
const plusDays = (n: number) => new Date(TODAY.getTime() + n * DAY);

async function addGrid(code: string, dueSoonDays: number) {
  const db = ownerDb();
  const tenantId = await tenantIdOf(code);
  let position = 10_000;
  for (const startYear of [2024, 2025, 2026]) {
    const plan = await db.plan.create({ data: { tenantId, title: `亮灯网格${startYear}`, startYear, endYear: startYear + 2 } });
    const section = await db.section.create({ data: { tenantId, planId: plan.id, title: "网格", position: 1 } });
    const rows: { status: TaskStatus; progress: number; dueDate: Date | null; ongoing: boolean; closedAt: Date | null }[] = [];
    for (const offset of [-400, -1, 0, 1, dueSoonDays - 1, dueSoonDays, dueSoonDays + 1, dueSoonDays + 2, 29, 100, 365, 900]) {
      const due = plusDays(offset);
      const line = expectedProgressOn(startYear, due, TODAY);
      for (const progress of new Set([0, Math.max(0, line - 1), line, Math.min(100, line + 1), 100]))
        rows.push({ status: "in_progress", progress, dueDate: due, ongoing: false, closedAt: null });
      rows.push({ status: "completed", progress: 100, dueDate: due, ongoing: false, closedAt: null });
      rows.push({ status: "delayed", progress: 10, dueDate: due, ongoing: false, closedAt: new Date("2025-06-01T03:00:00Z") });
      rows.push({ status: "not_started", progress: 0, dueDate: due, ongoing: true, closedAt: null });
    }
    rows.push({ status: "paused", progress: 0, dueDate: null, ongoing: false, closedAt: null });
    await db.task.createMany({
      data: rows.map((r, i) => ({ ...r, tenantId, planId: plan.id, sectionId: section.id, number: i + 1, position: position++, title: `网格任务${i + 1}` })),
    });
  }
  return tenantId;
}

/** Every task of the bureau (the seed's and the grid's), judged by the TypeScript rule. */
async function judgedInTypeScript(tenantId: string, dueSoonDays: number) {
  const tasks = await ownerDb().task.findMany({
    where: { tenantId },
    select: { id: true, status: true, progress: true, dueDate: true, ongoing: true, closedAt: true, plan: { select: { startYear: true } } },
  });
  return new Map(tasks.map((t) => [t.id, taskLight(t, t.plan.startYear, TODAY, dueSoonDays).light]));
}

const inBureau = <T>(tenantId: string, fn: Parameters<typeof openTenantTransaction<T>>[2]) =>
  openTenantTransaction(getPrisma(), { tenantId, userId: null }, fn);

describe("亮灯 in SQL and in TypeScript", () => {
  let huiji: string;
  let helan: string;
  beforeAll(async () => {
    huiji = await addGrid("huiji", 5);
    await ownerDb().supervisionSettings.create({ data: { tenantId: huiji, dueSoonDays: 5, ackDays: 2 } });
    helan = await addGrid("helan", 7); // no settings row: the default N
  });

  for (const [code, n] of [
    ["huiji", 5],
    ["helan", 7],
  ] as const) {
    it(`agree on every task of ${code} (N = ${n}), boundaries included`, async () => {
      const tenantId = code === "huiji" ? huiji : helan;
      expect(await inBureau(tenantId, (tx) => getSupervisionSettings(tx, tenantId))).toMatchObject({ dueSoonDays: n });
      const expected = await judgedInTypeScript(tenantId, n);
      const bySql = new Map<string, string>();
      for (const light of TASK_LIGHTS) for (const id of await inBureau(tenantId, (tx) => taskIdsWithLight(tx, tenantId, light, TODAY))) bySql.set(id, light);
      expect(bySql.size).toBe(expected.size);
      const disagreements = [...expected].filter(([id, light]) => bySql.get(id) !== light);
      expect(disagreements).toEqual([]);
      // Every colour occurs, so the comparison covered each branch.
      const counts = await inBureau(tenantId, (tx) => countTaskLights(tx, tenantId, TODAY));
      for (const light of TASK_LIGHTS) expect(counts[light]).toBeGreaterThan(0);
      expect(counts.red).toBe([...expected.values()].filter((l) => l === "red").length);
    });
  }

  it("a bureau's light filter never reaches another bureau's tasks", async () => {
    expect((await inBureau(helan, (tx) => taskIdsWithLight(tx, helan, "red", TODAY))).length).toBeGreaterThan(0);
    expect(await inBureau(huiji, (tx) => taskIdsWithLight(tx, helan, "red", TODAY))).toEqual([]);
    expect((await inBureau(huiji, (tx) => countTaskLights(tx, helan, TODAY))).red).toBe(0);
  });
});
