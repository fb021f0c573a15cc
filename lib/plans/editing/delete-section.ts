import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { UserFacingError } from "@/lib/errors";
import { loadSection } from "./load";

/** Only an empty section: the cascade would otherwise silently take tasks with it. */
export async function deleteSection(tx: Tx, session: TenantSession, input: { sectionId: string }) {
  const tenantId = session.tenant.tenantId;
  const section = await loadSection(tx, tenantId, input.sectionId);
  const tasks = await tx.task.count({ where: { tenantId, sectionId: section.id } });
  const children = await tx.section.count({ where: { tenantId, parentId: section.id } });
  if (tasks > 0) throw new UserFacingError(`该部分下还有 ${tasks} 项任务，请先删除或移走这些任务`);
  if (children > 0) throw new UserFacingError(`该部分下还有 ${children} 个子部分，请先删除子部分`);
  await tx.section.delete({ where: { tenantId_id: { tenantId, id: section.id } } });
  await recordAudit(tx, session, {
    action: "section.delete",
    entityType: "section",
    entityId: section.id,
    before: { planId: section.planId, parentId: section.parentId, title: section.title },
  });
  return { planId: section.planId, sectionId: section.id };
}
