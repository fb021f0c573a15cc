import Link from "@/components/ui/link";
import type { ReviewItemView } from "@/components/reports/review-card";
import { ReviewQueue } from "@/components/reports/review-queue";
import { PageHeader } from "@/components/ui/card";
import { FacetSelect, FILTER_SELECT, FilterButtons } from "@/components/ui/filter-form";
import { Pager, pagerShown } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatNumber, formatTarget } from "@/lib/format";
import { isOwnSubmission, OWN_SUBMISSION_MESSAGE } from "@/lib/reports/own-submission";
import { getReviewExtras } from "@/lib/reports/queries/review-extras";
import { getReviewConflicts, type ReviewConflict } from "@/lib/reports/queries/review-conflicts";
import { countConflicts } from "@/lib/indicators/count-conflicts";
import { sourceText } from "@/lib/indicators/source-text";
import { reviewFilterOptions } from "@/lib/reports/queries/review-filter-options";
import { listReviewQueue, parseReviewFilter, REVIEW_QUEUE_STATUSES } from "@/lib/reports/queries/review-queue";
import { slotUnitLabel } from "@/lib/org/unit-label";
import { submittedLate } from "@/lib/reports/slot-status";
import { REPORT_STATUS_REVIEWER_LABELS } from "@/lib/vocabulary";

export const metadata = { title: "审核" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("reports:review");
  const filter = parseReviewFilter(await searchParams);
  const tenantId = session.tenant.tenantId;
  const { page, extras, options, conflicts, conflictCount } = await readTenant(session, async (tx) => {
    const page = await listReviewQueue(tx, tenantId, filter, session.userId);
    return {
      page,
      options: await reviewFilterOptions(tx, tenantId, filter.plan),
      extras: await getReviewExtras(
        tx,
        tenantId,
        page.items.map((r) => r.id),
      ),
      conflicts: await getReviewConflicts(
        tx,
        tenantId,
        page.items.map((r) => r.id),
      ),
      conflictCount: await countConflicts(tx, tenantId),
    };
  });
  // Plain values only: Decimals and Dates do not cross into the client list as they are.
  const items: ReviewItemView[] = page.items.map((r) => {
    const extra = extras.get(r.id);
    return {
      reportId: r.id,
      version: r.version,
      slotId: r.slot.id,
      unit: slotUnitLabel(r.slot.orgUnit.name, r.slot.groupUnit?.name),
      taskNumber: r.slot.task.number,
      taskTitle: r.slot.task.title,
      planTitle: r.slot.task.plan.title,
      period: r.slot.period.label,
      progress: r.progress,
      summary: r.summary,
      problems: extra?.problems ?? "",
      nextSteps: extra?.nextSteps ?? "",
      submittedAt: r.submittedAt?.toISOString() ?? null,
      late: submittedLate(r.submittedAt, r.slot.dueOn),
      decidable: r.status === "submitted",
      statusLabel: REPORT_STATUS_REVIEWER_LABELS[r.status],
      approveBlockedReason: isOwnSubmission(r, session.userId) ? OWN_SUBMISSION_MESSAGE : null,
      attachments: extra?.attachments ?? [],
      actuals: (extra?.actuals ?? []).map((a) => ({
        id: a.indicator.id,
        name: a.indicator.name,
        value: formatNumber(a.value),
        unit: a.indicator.unit,
        target: formatTarget(a.indicator),
        plausibilityNote: a.plausibilityNote,
        conflict: conflictView(conflicts.get(`${r.id}:${a.indicator.id}`), a.indicator.unit),
      })),
    };
  });
  const waiting = filter.status === "submitted";
  const params = {
    plan: filter.plan,
    unit: filter.unit,
    period: filter.period,
    status: waiting ? undefined : filter.status,
    others: filter.others ? "1" : undefined,
  };
  const filtered = Boolean(filter.plan || filter.unit || filter.period || filter.others || !waiting);
  return (
    <>
      <PageHeader title="审核" description={waiting && page.total ? `${page.total} 份报告等待审核，先交先审` : "各单位提交的进展报告在这里审核"} />
      <div className="max-w-3xl space-y-4">
        {conflictCount > 0 && (
          <Link
            href="/review/conflicts"
            data-testid="conflict-link"
            className="block rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 hover:bg-amber-100"
          >
            {conflictCount} 项指标数值冲突待处理（同一口径同一时点有不同的已审核数值）→
          </Link>
        )}
        <form method="get" className="flex flex-wrap gap-2" aria-label="筛选报告">
          <select name="status" defaultValue={filter.status} aria-label="状态" className={FILTER_SELECT}>
            {REVIEW_QUEUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {REPORT_STATUS_REVIEWER_LABELS[s]}
              </option>
            ))}
          </select>
          <FacetSelect name="plan" label="规划" value={filter.plan} allLabel="全部规划" options={options.plans} />
          <FacetSelect name="period" label="填报期" value={filter.period} allLabel="全部填报期" options={options.periods} />
          <FacetSelect name="unit" label="单位" value={filter.unit} allLabel="全部单位" options={options.units} />
          <label className="inline-flex min-h-10 items-center gap-1.5 text-sm text-slate-700">
            <input type="checkbox" name="others" value="1" defaultChecked={filter.others} />
            <span title="不含本人提交的报告：本人提交的只能由其他审核人通过">仅我可审核的</span>
          </label>
          <FilterButtons resetHref="/review" showReset={filtered} />
        </form>
        <ReviewQueue items={items} emptyText={emptyText(waiting, filter.others)} />
        {pagerShown(page) && <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={params} />}
      </div>
    </>
  );
}

function emptyText(waiting: boolean, others: boolean): string {
  if (!waiting) return "暂无符合条件的报告";
  return others ? "暂无可由您审核的报告（本人提交的报告未列出）" : "暂无待审核的报告";
}

/** The value that already counts, for the notice before approving (decision 0035). */
function conflictView(conflict: ReviewConflict | undefined, unit: string | null): ReviewItemView["actuals"][number]["conflict"] {
  if (!conflict) return null;
  return { value: `${formatNumber(conflict.value)}${unit ?? ""}`, source: sourceText(conflict.source), slotId: conflict.source.slotId };
}
