import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadPlan, loadSection } from "./load";
import { nextSectionPosition } from "./order";

/** Appended after its last sibling (positions are plan-wide, so max + 1 is last everywhere). */
export async function createSection(tx: Tx, session: TenantSession, input: { planId: string; parentId?: string; title: string }) {
  const tenantId = session.tenant.tenantId;
  const plan = await loadPlan(tx, tenantId, input.planId);
  const parentId = input.parentId ? (await loadSection(tx, tenantId, input.parentId, plan.id)).id : null;
  const section = await tx.section.create({
    data: { tenantId, planId: plan.id, parentId, title: input.title, position: await nextSectionPosition(tx, tenantId, plan.id) },
    select: { id: true },
  });
  await recordAudit(tx, session, {
    action: "section.create",
    entityType: "section",
    entityId: section.id,
    after: { planId: plan.id, parentId, title: input.title },
  });
  return { planId: plan.id, sectionId: section.id };
}
