// The five-year plan's thread (decision 0036): each of its tasks and
// indicators, then year by year the annual tasks that worked on it, with
// their plan, status and progress. Stacked, so a phone reads it without
// scrolling sideways.
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/plans/status-badge";
import { EmptyState } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import type { Page } from "@/lib/pagination";
import { groupByYear } from "@/lib/thread/group-by-year";
import type { FiveYearItem } from "@/lib/thread/list-five-year-thread";

export function FiveYearThread({ items, plan }: { items: Page<FiveYearItem>; plan: { startYear: number; endYear: number } }) {
  if (items.total === 0) return <EmptyState>这份五年规划还没有任务或指标</EmptyState>;
  return (
    <>
      <ul className="space-y-4" data-testid="five-year-thread">
        {items.items.map((item) => (
          <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-item-id={item.id}>
            <h3 className="font-medium break-words">
              {item.kind === "task" ? (
                <Link href={`/tasks/${item.id}`} className="text-brand-700 hover:underline">
                  {item.number}. {item.title}
                </Link>
              ) : (
                <>指标：{item.title}</>
              )}
            </h3>
            <dl className="mt-2 space-y-2 text-sm">
              {groupByYear(item.work, plan.startYear, plan.endYear).map(({ year, work }) => (
                <div key={year} className="flex gap-3">
                  <dt className="w-14 shrink-0 text-slate-500">{year}年</dt>
                  <dd className="min-w-0 flex-1">
                    {work.length === 0 ? (
                      <span className="text-slate-400">—</span>
                    ) : (
                      <ul className="space-y-1">
                        {work.map((w) => (
                          <li key={w.taskId} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                            <Link href={`/tasks/${w.taskId}`} className="break-words text-brand-700 hover:underline">
                              {w.number}. {w.title}
                            </Link>
                            <StatusBadge status={w.status} />
                            <span className="text-xs text-slate-500 tabular-nums">进度 {w.progress}%</span>
                            <span className="w-full text-xs break-words text-slate-500">
                              {w.planTitle}
                              {w.via ? ` · 指标：${w.via}` : ""}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      <Pager page={items.page} pageCount={items.pageCount} total={items.total} params={{}} />
    </>
  );
}
