// 批量通过: the reviewer ticks reports in the queue and approves them at once.
// Each is approved by reviewReport exactly as a single approval is (its
// event, its actuals, the task's progress, its reporters' notice), all in the
// caller's one transaction. A report someone changed or decided since the page
// loaded (its version moved), or the reviewer's own submission, is skipped and
// named in the answer instead of failing the batch or being approved unseen.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { slotUnitLabel } from "@/lib/org/unit-label";
import { reviewReport } from "./review-report";

export interface BulkApproveResult {
  approved: number;
  approvedIds: string[];
  skipped: { name: string; reason: string }[];
}

export async function approveReports(tx: Tx, session: TenantSession, items: { reportId: string; version: number }[]): Promise<BulkApproveResult> {
  const tenantId = session.tenant.tenantId;
  const unique = [...new Map(items.map((i) => [i.reportId, i])).values()];
  const names = await reportNames(
    tx,
    tenantId,
    unique.map((i) => i.reportId),
  );
  // An id the reviewer's page could not have shown (another tenant's, or made up) refuses the whole batch.
  if (names.size < unique.length) throw new NotFoundError("报告不存在或无权访问");
  const result: BulkApproveResult = { approved: 0, approvedIds: [], skipped: [] };
  for (const item of unique) {
    try {
      await reviewReport(tx, session, { reportId: item.reportId, decision: "approve", comment: "", version: item.version });
      result.approved += 1;
      result.approvedIds.push(item.reportId);
    } catch (error) {
      // reviewReport refuses (stale version, no longer submitted, own submission, gone) before its first write,
      // so a refused report leaves nothing behind and the rest of the batch goes on. Anything else aborts it all.
      if (!(error instanceof UserFacingError)) throw error;
      result.skipped.push({ name: names.get(item.reportId)!, reason: error.message });
    }
  }
  return result;
}

/** 任务 3. 标题（单位）: how the answer names a skipped report. */
async function reportNames(tx: Tx, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const rows = await tx.report.findMany({
    where: { tenantId, id: { in: ids } },
    select: {
      id: true,
      slot: { select: { orgUnit: { select: { name: true } }, groupUnit: { select: { name: true } }, task: { select: { number: true, title: true } } } },
    },
  });
  return new Map(rows.map((r) => [r.id, `任务 ${r.slot.task.number}. ${r.slot.task.title}（${slotUnitLabel(r.slot.orgUnit.name, r.slot.groupUnit?.name)}）`]));
}
