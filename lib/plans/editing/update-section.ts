import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { UserFacingError } from "@/lib/errors";
import { loadSection } from "./load";
import { renumberTaskPositions } from "./order";

export async function renameSection(tx: Tx, session: TenantSession, input: { sectionId: string; title: string }) {
  const tenantId = session.tenant.tenantId;
  const section = await loadSection(tx, tenantId, input.sectionId);
  await tx.section.update({ where: { tenantId_id: { tenantId, id: section.id } }, data: { title: input.title } });
  await recordAudit(tx, session, {
    action: "section.rename",
    entityType: "section",
    entityId: section.id,
    before: { title: section.title },
    after: { title: input.title },
  });
  return { planId: section.planId, sectionId: section.id };
}

/** Swaps places with the neighbouring sibling; the tasks' document order follows. */
export async function moveSection(tx: Tx, session: TenantSession, input: { sectionId: string; direction: "up" | "down" }) {
  const tenantId = session.tenant.tenantId;
  const section = await loadSection(tx, tenantId, input.sectionId);
  const siblings = await tx.section.findMany({
    where: { tenantId, planId: section.planId, parentId: section.parentId },
    select: { id: true, position: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const index = siblings.findIndex((s) => s.id === section.id);
  const other = siblings[input.direction === "up" ? index - 1 : index + 1];
  if (!other) throw new UserFacingError(input.direction === "up" ? "已经是第一个，无法上移" : "已经是最后一个，无法下移");
  // Positions are unique per plan (imports count up, new sections take max + 1), so a swap is enough.
  await tx.section.update({ where: { tenantId_id: { tenantId, id: section.id } }, data: { position: other.position } });
  await tx.section.update({ where: { tenantId_id: { tenantId, id: other.id } }, data: { position: section.position } });
  await renumberTaskPositions(tx, tenantId, section.planId);
  await recordAudit(tx, session, {
    action: "section.move",
    entityType: "section",
    entityId: section.id,
    after: { direction: input.direction, swappedWith: other.id },
  });
  return { planId: section.planId, sectionId: section.id };
}
