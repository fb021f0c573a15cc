import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { readableSlotWhere, redactReport } from "@/lib/reports/reporter-scope";
import { actorNames } from "./actor-names";

/**
 * Everything the report page shows for one slot; by id AND tenant AND the
 * reporter rule (reporter-scope.ts): a reporter opens their own unit's slots,
 * and another unit's only once its report is approved, then without review
 * comments, evidence or the trail of returns.
 */
export async function getSlotDetail(tx: Tx, session: TenantSession, slotId: string) {
  const tenantId = session.tenant.tenantId;
  const found = await tx.reportSlot.findFirst({
    where: { id: slotId, tenantId, ...readableSlotWhere(session) },
    include: {
      period: true,
      orgUnit: { select: { id: true, name: true } },
      task: {
        select: {
          id: true,
          number: true,
          title: true,
          goal: true,
          planId: true,
          plan: { select: { title: true } },
          measures: { orderBy: { position: "asc" }, select: { text: true } },
        },
      },
      report: {
        include: {
          attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, contentType: true, createdAt: true } },
          actuals: { select: { indicatorId: true, value: true, reviewState: true, plausibilityNote: true } },
          events: { orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!found) throw new NotFoundError("填报任务不存在或无权访问");
  const slot = { ...found, report: found.report && redactReport(session, found.orgUnitId, found.report) };
  const indicators = await tx.indicator.findMany({
    where: { tenantId, planId: slot.task.planId, OR: [{ taskId: slot.taskId }, { taskId: null, origin: "table" }] },
    orderBy: [{ taskId: { sort: "asc", nulls: "last" } }, { position: "asc" }],
    select: { id: true, name: true, unit: true, comparator: true, baselineValue: true, targetValue: true, targetMax: true, targetYear: true, taskId: true },
  });
  const names = await actorNames(tx, slot.report?.events ?? []);
  return { slot, indicators, actorNames: Object.fromEntries(names) };
}

export type SlotDetail = Awaited<ReturnType<typeof getSlotDetail>>;
