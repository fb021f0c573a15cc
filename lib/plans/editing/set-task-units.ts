import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { UnitRole } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { resolveUnitNames } from "@/lib/units/resolve-unit-names";

const key = (u: { name: string; role: string }) => `${u.role}:${u.name}`;

/** Rows link the tenant's existing units by name (or a variant or former name) or create them with a guessed kind. */
export async function setTaskUnits(tx: Tx, session: TenantSession, task: { id: string }, input: { units: { name: string; role: UnitRole }[] }) {
  const tenantId = session.tenant.tenantId;
  const current = await tx.taskUnit.findMany({ where: { tenantId, taskId: task.id }, select: { role: true, orgUnit: { select: { name: true } } } });
  const before = current.map((u) => key({ name: u.orgUnit.name, role: u.role })).sort();
  const after = [...new Set(input.units.map(key))].sort();
  if (before.length === after.length && before.every((k, i) => k === after[i])) return { changed: false };

  const { ids: idOf } = await resolveUnitNames(
    tx,
    tenantId,
    input.units.map((u) => u.name),
  );
  await tx.taskUnit.deleteMany({ where: { tenantId, taskId: task.id } });
  await tx.taskUnit.createMany({
    data: input.units.map((u) => ({ tenantId, taskId: task.id, orgUnitId: idOf.get(u.name.trim())!, role: u.role })),
    skipDuplicates: true,
  });
  await recordAudit(tx, session, { action: "task.units", entityType: "task", entityId: task.id, before, after });
  return { changed: true };
}
