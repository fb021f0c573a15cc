import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadSection } from "./load";
import { nextTaskPosition, renumberTaskPositions } from "./order";

/** Numbered after the plan's highest number, placed at the end of its section. */
export async function createTask(tx: Tx, session: TenantSession, input: { sectionId: string; title: string }) {
  const tenantId = session.tenant.tenantId;
  const section = await loadSection(tx, tenantId, input.sectionId);
  const { _max } = await tx.task.aggregate({ where: { tenantId, planId: section.planId }, _max: { number: true } });
  const number = (_max.number ?? 0) + 1;
  const task = await tx.task.create({
    data: {
      tenantId,
      planId: section.planId,
      sectionId: section.id,
      number,
      title: input.title,
      position: await nextTaskPosition(tx, tenantId, section.planId),
    },
    select: { id: true },
  });
  await renumberTaskPositions(tx, tenantId, section.planId);
  await recordAudit(tx, session, {
    action: "task.create",
    entityType: "task",
    entityId: task.id,
    after: { planId: section.planId, sectionId: section.id, number, title: input.title },
  });
  return { planId: section.planId, taskId: task.id };
}
