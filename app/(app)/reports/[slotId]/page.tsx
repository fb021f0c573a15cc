import Link from "@/components/ui/link";
import { isEditableReport, submittedLate } from "@/lib/reports/slot-status";
import { ReportForm, type IndicatorView } from "@/components/reports/report-form";
import { ReportHistory } from "@/components/reports/report-history";
import { ReportReadOnly } from "@/components/reports/report-read-only";
import { TaskSummary } from "@/components/reports/task-summary";
import { EmptyState } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatDateTime, formatTarget } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { getSlotDetail } from "@/lib/reports/queries/get-slot";
import { plausibilityNumbers } from "@/lib/indicators/plausibility";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { approvedBureauValues, type ApprovedValue } from "@/lib/indicators/approved-bureau-values";
import { listSharedIndicators } from "@/lib/indicators/list-shared-indicators";
import { formatNumber } from "@/lib/format";

export const metadata = { title: "填报" };

export default async function ReportSlotPage({ params }: { params: Promise<{ slotId: string }> }) {
  const session = await requireTenantSession("reports:read");
  const id = idOr404((await params).slotId);
  const { slot, indicators, actorNames, shared, approved } = await orNotFound(
    readTenant(session, async (tx) => {
      const detail = await getSlotDetail(tx, session, id);
      // 最多报一次: a member school's value under a group is its own, so only a bureau-level slot shares (decision 0035).
      const ids = detail.slot.groupUnitId ? [] : detail.indicators.map((i) => i.id);
      const tenantId = session.tenant.tenantId;
      return {
        ...detail,
        shared: await listSharedIndicators(tx, tenantId, ids),
        approved: await approvedBureauValues(tx, tenantId, {
          indicatorIds: ids,
          asOf: detail.slot.period.endsOn,
          exceptReportId: detail.slot.report?.id ?? null,
        }),
      };
    }),
  );
  const report = slot.report;
  const editableStatus = !report || isEditableReport(report.status);
  const editable = editableStatus && can(session.role, "reports:submit");
  const overdue = editableStatus && slot.dueOn < todayInChina();
  const indicatorViews: IndicatorView[] = indicators.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    target: `${formatTarget(i)}${i.targetYear ? `（${i.targetYear}年）` : ""}`,
    numbers: plausibilityNumbers(i),
    feeds: (shared.get(i.id) ?? []).map((f) => (f.taskNumber !== null ? `${f.planTitle} · 任务 ${f.taskNumber}. ${f.taskTitle}` : `${f.planTitle} · 主要指标`)),
    approved: approvedView(approved.get(i.id), i.unit),
  }));
  const returnEvent = report?.status === "returned" ? [...report.events].reverse().find((e) => e.action === "return") : undefined;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/reports" className="inline-block text-sm text-brand-700 hover:underline">
        ← 填报任务
      </Link>
      <TaskSummary slot={slot} overdue={overdue} late={!editableStatus && submittedLate(report?.submittedAt, slot.dueOn)} />
      {report?.status === "returned" && (
        <div role="alert" data-testid="return-comment" className="rounded-xl border-2 border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">报告被退回，请修改后重新提交</p>
          <p className="mt-2 break-words whitespace-pre-wrap">退回意见：{report.reviewComment || "（未填写）"}</p>
          {returnEvent && (
            <p className="mt-1 text-xs text-red-700">
              {(returnEvent.actorUserId && actorNames[returnEvent.actorUserId]) || "审核人"} · {formatDateTime(returnEvent.createdAt)}
            </p>
          )}
        </div>
      )}
      {editable ? (
        <ReportForm
          // Remounted only by a new submission (fresh submit key for the next round),
          // not by the refresh an upload triggers, which would drop unsaved typing.
          key={report?.submittedAt?.toISOString() ?? "new"}
          userId={session.userId}
          slotId={slot.id}
          version={report?.version ?? 0}
          lastSavedAt={report && report.status === "draft" ? report.updatedAt.toISOString() : null}
          initial={{
            summary: report?.summary ?? "",
            progress: String(report?.progress ?? 0),
            problems: report?.problems ?? "",
            nextSteps: report?.nextSteps ?? "",
            actuals: Object.fromEntries((report?.actuals ?? []).map((a) => [a.indicatorId, String(Number(a.value.toString()))])),
            confirmed: Object.fromEntries((report?.actuals ?? []).map((a) => [a.indicatorId, a.plausibilityNote !== null])),
          }}
          indicators={indicatorViews}
          attachments={(report?.attachments ?? []).map((a) => ({ id: a.id, fileName: a.fileName, sizeBytes: a.sizeBytes, contentType: a.contentType }))}
        />
      ) : report ? (
        <ReportReadOnly report={report} indicators={indicatorViews} />
      ) : (
        <EmptyState>该单位尚未填报本期进展</EmptyState>
      )}
      {report && <ReportHistory events={report.events} actorNames={actorNames} />}
    </div>
  );
}

/** "本期已由…报送 X，已审核": the value that already counts for this definition and date, so the unit may leave it empty. */
function approvedView(value: ApprovedValue | undefined, unit: string | null): IndicatorView["approved"] {
  if (!value) return null;
  const by = value.source.unitName ? (value.source.groupName ? `${value.source.groupName}（${value.source.unitName}）` : value.source.unitName) : "台账导入";
  return { text: `本期已由${by}报送 ${formatNumber(value.value)}${unit ?? ""}，已审核`, slotId: value.source.slotId };
}
