import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";

/** Replaces the ordered list; an unchanged list writes nothing. */
export async function setTaskMeasures(tx: Tx, session: TenantSession, task: { id: string }, input: { measures: string[] }) {
  const tenantId = session.tenant.tenantId;
  const current = await tx.measure.findMany({ where: { tenantId, taskId: task.id }, orderBy: { position: "asc" }, select: { text: true } });
  const before = current.map((m) => m.text);
  if (before.length === input.measures.length && before.every((t, i) => t === input.measures[i])) return { changed: false };
  await tx.measure.deleteMany({ where: { tenantId, taskId: task.id } });
  await tx.measure.createMany({ data: input.measures.map((text, position) => ({ tenantId, taskId: task.id, position, text })) });
  await recordAudit(tx, session, { action: "task.measures", entityType: "task", entityId: task.id, before, after: input.measures });
  return { changed: true };
}
