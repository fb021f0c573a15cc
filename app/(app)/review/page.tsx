import type { ReviewItemView } from "@/components/reports/review-card";
import { ReviewQueue } from "@/components/reports/review-queue";
import { PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { listQuerySchema } from "@/lib/pagination";
import { formatNumber, formatTarget } from "@/lib/format";
import { isOwnSubmission, OWN_SUBMISSION_MESSAGE } from "@/lib/reports/own-submission";
import { getReviewExtras } from "@/lib/reports/queries/review-extras";
import { listReviewQueue } from "@/lib/reports/queries/review-queue";
import { slotUnitLabel } from "@/lib/org/unit-label";

export const metadata = { title: "审核" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("reports:review");
  const { page: pageNo } = listQuerySchema.parse(await searchParams);
  const tenantId = session.tenant.tenantId;
  const { page, extras } = await readTenant(session, async (tx) => {
    const page = await listReviewQueue(tx, tenantId, { page: pageNo });
    return {
      page,
      extras: await getReviewExtras(
        tx,
        tenantId,
        page.items.map((r) => r.id),
      ),
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
      approveBlockedReason: isOwnSubmission(r, session.userId) ? OWN_SUBMISSION_MESSAGE : null,
      attachments: extra?.attachments ?? [],
      actuals: (extra?.actuals ?? []).map((a) => ({
        id: a.indicator.id,
        name: a.indicator.name,
        value: formatNumber(a.value),
        unit: a.indicator.unit,
        target: formatTarget(a.indicator),
        plausibilityNote: a.plausibilityNote,
      })),
    };
  });
  return (
    <>
      <PageHeader title="审核" description={page.total ? `${page.total} 份报告等待审核，先交先审` : "各单位提交的进展报告在这里审核"} />
      <div className="max-w-3xl">
        <ReviewQueue items={items} />
        {page.pageCount > 1 && <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{}} />}
      </div>
    </>
  );
}
