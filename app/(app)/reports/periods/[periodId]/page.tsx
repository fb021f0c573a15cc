import Link from "@/components/ui/link";
import { SlotStatusBadge } from "@/components/reports/slot-status-badge";
import { UrgeLateButton } from "@/components/reports/urge-late-button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { FILTER_SELECT, FilterButtons } from "@/components/ui/filter-form";
import { Pager, pagerShown } from "@/components/ui/list-controls";
import { NumberedTitle } from "@/components/plans/numbered-title";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { formatDate, formatDateTime } from "@/lib/format";
import { slotUnitLabel } from "@/lib/org/unit-label";
import { todayInChina } from "@/lib/reports/periods";
import {
  getPeriod,
  listPeriodSlots,
  parsePeriodSlotQuery,
  PERIOD_SLOT_STATE_LABELS,
  PERIOD_SLOT_STATES,
  type PeriodSlotQuery,
} from "@/lib/reports/queries/period-slots";
import { isUnsubmittedSlot } from "@/lib/reports/slot-status";

export const metadata = { title: "填报期" };

const STATE_LABELS = PERIOD_SLOT_STATE_LABELS;
const COLUMNS: { sort?: PeriodSlotQuery["sort"]; label: string }[] = [
  { sort: "unit", label: "单位" },
  { sort: "task", label: "任务" },
  { sort: "state", label: "状态" },
  { sort: "due", label: "截止日期" },
  { label: "提交时间" },
  { label: "最近催办" },
];

export default async function PeriodPage({
  params,
  searchParams,
}: {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("periods:manage");
  const periodId = idOr404((await params).periodId);
  const query = parsePeriodSlotQuery(await searchParams);
  const today = todayInChina();
  const tenantId = session.tenant.tenantId;
  const { period, slots } = await orNotFound(
    readTenant(session, async (tx) => {
      const period = await getPeriod(tx, tenantId, periodId);
      return { period, slots: await listPeriodSlots(tx, tenantId, period.id, query, today) };
    }),
  );
  const keep = { state: query.state, sort: query.sort, dir: query.dir };
  const sortHref = (sort: PeriodSlotQuery["sort"]) => {
    const search = new URLSearchParams({ sort, dir: query.sort === sort && query.dir === "asc" ? "desc" : "asc" });
    if (query.state) search.set("state", query.state);
    return `?${search.toString()}`;
  };
  return (
    <>
      <PageHeader
        title={`${period.label} · ${period.plan.title}`}
        description={`${formatDate(period.startsOn)} 至 ${formatDate(period.endsOn)}，截止 ${formatDate(period.dueOn)}；共 ${slots.total} 项${query.state ? `（${STATE_LABELS[query.state]}）` : ""}，逾期未报 ${slots.overdue} 项`}
        back={{ href: "/reports/periods", label: "填报期管理" }}
      />
      <div className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 flex-1">
            <UrgeLateButton periodId={period.id} overdue={slots.overdue} />
          </div>
          <a
            href={`/api/v1/periods/${period.id}/slots.xlsx?${new URLSearchParams({ sort: query.sort, dir: query.dir, ...(query.state ? { state: query.state } : {}) }).toString()}`}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50"
          >
            导出 Excel
          </a>
        </div>
        <form method="get" className="flex flex-wrap gap-2" aria-label="筛选填报任务">
          <select name="state" defaultValue={query.state ?? ""} aria-label="状态" className={FILTER_SELECT}>
            <option value="">全部状态</option>
            {PERIOD_SLOT_STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.dir} />
          <FilterButtons resetHref={`/reports/periods/${period.id}`} showReset={Boolean(query.state)} />
        </form>
        {slots.items.length === 0 ? (
          <EmptyState>没有符合条件的填报任务</EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-sm" data-testid="period-slots">
              <thead className="bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c.label}
                      className="px-3 py-2 font-medium whitespace-nowrap"
                      aria-sort={c.sort && c.sort === query.sort ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                    >
                      {c.sort ? (
                        <Link href={sortHref(c.sort)} className="hover:underline">
                          {c.label}
                          {c.sort === query.sort ? (query.dir === "asc" ? " ↑" : " ↓") : ""}
                        </Link>
                      ) : (
                        c.label
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {slots.items.map((s) => (
                  <tr key={s.id}>
                    <td className="px-3 py-2 break-words">{slotUnitLabel(s.orgUnit.name, s.groupUnit?.name)}</td>
                    <td className="px-3 py-2">
                      <Link href={`/reports/${s.id}`} className="break-words text-brand-700 hover:underline">
                        <NumberedTitle number={s.task.number} title={s.task.title} />
                      </Link>
                    </td>
                    <td className="px-3 py-2">
                      <SlotStatusBadge status={s.status} overdue={isUnsubmittedSlot(s.status) && s.dueOn < today} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDate(s.dueOn)}</td>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{s.report?.submittedAt ? formatDateTime(s.report.submittedAt) : "—"}</td>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{s.lastUrgedAt ? formatDateTime(s.lastUrgedAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pagerShown(slots) && <Pager page={slots.page} pageCount={slots.pageCount} total={slots.total} params={keep} />}
      </div>
    </>
  );
}
