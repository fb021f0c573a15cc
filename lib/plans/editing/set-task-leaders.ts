import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";

/** Names link the tenant's existing people (by exact name) or create them. */
export async function setTaskLeaders(tx: Tx, session: TenantSession, task: { id: string }, input: { leaders: string[] }) {
  const tenantId = session.tenant.tenantId;
  const current = await tx.taskLeader.findMany({ where: { tenantId, taskId: task.id }, select: { person: { select: { id: true, name: true } } } });
  const before = current.map((l) => l.person.name).sort();
  const after = [...input.leaders].sort();
  if (before.length === after.length && before.every((n, i) => n === after[i])) return { changed: false };

  await tx.person.createMany({ data: input.leaders.map((name) => ({ tenantId, name })), skipDuplicates: true });
  const people = await tx.person.findMany({ where: { tenantId, name: { in: input.leaders } }, select: { id: true } });
  const keep = people.map((p) => p.id);
  await tx.taskLeader.deleteMany({ where: { tenantId, taskId: task.id, personId: { notIn: keep } } });
  await tx.taskLeader.createMany({ data: keep.map((personId) => ({ tenantId, taskId: task.id, personId })), skipDuplicates: true });
  await recordAudit(tx, session, { action: "task.leaders", entityType: "task", entityId: task.id, before, after });
  return { changed: true };
}
