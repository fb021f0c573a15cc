// One step of a task's 督办, appended to its history (supervision_events).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SupervisionEventKind } from "@/lib/generated/prisma/enums";

export interface SupervisionStep {
  taskId: string;
  kind: SupervisionEventKind;
  orgUnitId?: string | null;
  actorUserId: string | null;
  note?: string | null;
  requestId?: string | null;
  slipId?: string | null;
}

export async function recordSupervisionEvents(tx: Tx, tenantId: string, steps: SupervisionStep[]): Promise<void> {
  if (steps.length === 0) return;
  await tx.supervisionEvent.createMany({
    data: steps.map((s) => ({
      tenantId,
      taskId: s.taskId,
      kind: s.kind,
      orgUnitId: s.orgUnitId ?? null,
      actorUserId: s.actorUserId,
      note: s.note ?? null,
      requestId: s.requestId ?? null,
      slipId: s.slipId ?? null,
    })),
  });
}
