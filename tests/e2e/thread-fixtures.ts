// Browser-test data for the five-year thread (thread.phone.spec.ts): a bureau
// with a five-year plan and a 2022 annual plan, one unfinished task reading
// like a five-year task and one completed.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./helpers";
import { THREAD_WORLD as W } from "./thread-world";

export async function ensureThreadFixture(owner: PrismaClient): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: W.code } })) return;
  const tenantId = (await owner.tenant.create({ data: { code: W.code, name: W.name, kind: "bureau" } })).id;
  const staff = await owner.user.create({ data: { username: W.staff, displayName: "五年演练 工作人员", passwordHash: await hashPassword(DEMO_PASSWORD) } });
  await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    await tx.membership.create({ data: { tenantId, userId: staff.id, role: "bureau_staff" } });
    const plan = async (title: string, kind: "five_year" | "work_points", years: [number, number], tasks: { title: string; done?: boolean }[]) => {
      const p = await tx.plan.create({ data: { tenantId, title, kind, startYear: years[0], endYear: years[1] } });
      const section = await tx.section.create({ data: { tenantId, planId: p.id, position: 0, title: "一、重点任务" } });
      for (const [i, t] of tasks.entries()) {
        const status = t.done ? "completed" : "in_progress";
        await tx.task.create({
          data: { tenantId, planId: p.id, sectionId: section.id, number: i + 1, position: i, title: t.title, status, progress: t.done ? 100 : 30 },
        });
      }
    };
    await plan(W.fivePlan, "five_year", [2021, 2025], [{ title: W.fiveTask }, { title: "落实师德第一标准" }]);
    await plan(W.annualPlan, "work_points", [2022, 2022], [{ title: W.openTask }, { title: W.doneTask, done: true }]);
  });
}
