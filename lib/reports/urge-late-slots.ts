// 一键催办 on a period's page: every unit late with its report in that period
// (unsubmitted past its deadline), urged under the one rule of urge-slots.ts.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { todayInChina } from "./periods";
import { overdueSlotWhere } from "./slot-status";
import { urgeSlots } from "./urge-slots";

export async function urgeLateSlots(tx: Tx, session: TenantSession, input: { periodId: string; message: string }) {
  const tenantId = session.tenant.tenantId;
  const period = await tx.reportingPeriod.findFirst({ where: { id: input.periodId, tenantId }, select: { id: true } });
  if (!period) throw new NotFoundError("填报期不存在或无权访问");
  const result = await urgeSlots(tx, session, { where: { periodId: period.id, ...overdueSlotWhere(todayInChina()) }, message: input.message });
  if (result.tasks === 0) throw new UserFacingError("本期没有逾期未报的单位，或今天已经催办过");
  return { ...result, periodId: period.id };
}
