// Staff link an annual task to the five-year task or indicator it moves, by
// hand. A pair suggested or removed before becomes this confirmed link.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { linkSnapshot } from "./load-link";
import { linkWriteError } from "./link-write-error";
import { THREAD_MESSAGES as M } from "./messages";

export interface AddLinkInput {
  fromTaskId: string;
  toTaskId: string | null;
  toIndicatorId: string | null;
}

export async function addLink(tx: Tx, session: TenantSession, input: AddLinkInput) {
  const tenantId = session.tenant.tenantId;
  const from = await tx.task.findFirst({ where: { id: input.fromTaskId, tenantId }, select: { id: true, planId: true, plan: { select: { kind: true } } } });
  if (!from) throw new NotFoundError(M.taskNotFound);
  if (input.toTaskId === from.id) throw new UserFacingError(M.self);
  if (from.plan.kind === "five_year") throw new UserFacingError(M.fromFiveYear);
  await checkTarget(tx, tenantId, input);
  const target = input.toTaskId ? { toTaskId: input.toTaskId } : { toIndicatorId: input.toIndicatorId! };
  const existing = await tx.taskLink.findFirst({ where: { tenantId, fromTaskId: from.id, ...target } });
  const result = { taskId: from.id, planId: from.planId };
  if (existing?.state === "confirmed") return { ...result, linkId: existing.id };
  const decided = { state: "confirmed" as const, confirmedById: session.userId, confirmedAt: new Date() };
  const link = await (
    existing
      ? tx.taskLink.update({ where: { tenantId_id: { tenantId, id: existing.id } }, data: decided })
      : tx.taskLink.create({ data: { tenantId, fromTaskId: from.id, ...target, ...decided } })
  ).catch((err: unknown) => {
    throw linkWriteError(err);
  });
  await recordAudit(tx, session, {
    action: "task_link.create",
    entityType: "task_link",
    entityId: link.id,
    ...(existing ? { before: linkSnapshot(existing) } : {}),
    after: linkSnapshot(link),
  });
  return { ...result, linkId: link.id };
}

/** The target is this bureau's, and an item of a five-year plan. */
async function checkTarget(tx: Tx, tenantId: string, input: AddLinkInput): Promise<void> {
  const where = { id: (input.toTaskId ?? input.toIndicatorId)!, tenantId };
  const target = input.toTaskId
    ? await tx.task.findFirst({ where, select: { plan: { select: { kind: true } } } })
    : await tx.indicator.findFirst({ where, select: { plan: { select: { kind: true } } } });
  if (!target) throw new NotFoundError(M.targetNotFound);
  if (target.plan.kind !== "five_year") throw new UserFacingError(M.targetNotFiveYear);
}
