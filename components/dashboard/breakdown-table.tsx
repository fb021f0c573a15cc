"use client";

import { useId, useState } from "react";
import Link from "@/components/ui/link";
import type { BreakdownRow } from "@/lib/dashboard/breakdown-row";
import { BREAKDOWN_ROWS_SHOWN } from "@/lib/dashboard/breakdown-rows-shown";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { taskListHref, type TaskListLink } from "@/lib/plans/display/task-list-href";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";
import { formatShare } from "@/lib/format";

// 滞后 right after the total: "where are we behind" is the question the table answers first.
const COLUMNS: TaskStatus[] = ["delayed", "in_progress", "not_started", "completed", "paused"];

/** A breakdown row with the task-list filter selecting its group. */
export type LinkedBreakdownRow = BreakdownRow & { link: TaskListLink };

/**
 * One breakdown (by section, lead unit or leader): every count links to the
 * task list with the same filter. The table scrolls sideways inside its own
 * box, so a phone scrolls the table rather than the page. Its button's label
 * says what it does next (显示全部 N 行 / 收起), so it carries no aria-expanded.
 *
 * A client component: its rows travel to the browser as data, not as a
 * rendered tree of six links each, and it draws the first
 * BREAKDOWN_ROWS_SHOWN until asked for the rest. A long table
 * rendered on the server exceeds React's row size in the RSC payload and
 * streams cell by cell, each as its own hidden segment and script (decision 0047).
 */
export function BreakdownTable({
  title,
  groupLabel,
  rows,
  mine,
  testId,
  note,
}: {
  title: string;
  groupLabel: string;
  rows: LinkedBreakdownRow[];
  mine: boolean;
  testId: string;
  note?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();
  const shown = expanded ? rows : rows.slice(0, BREAKDOWN_ROWS_SHOWN);
  return (
    <section className="rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id={`${testId}-title`} className="text-base font-semibold">
          {title}
        </h2>
        {note && <p className="text-xs text-slate-500">{note}</p>}
      </header>
      {rows.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">暂无任务</p>
      ) : (
        <>
          {/* Shown whole on a wide screen, the table scrolls in a box; a phone scrolls the page. */}
          <div className={expanded ? "overflow-x-auto md:max-h-[32rem] md:overflow-y-auto" : "overflow-x-auto"}>
            <table className="w-full min-w-[36rem] text-sm">
              <thead className="sticky top-0 bg-slate-50 text-xs text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left font-medium">
                    {groupLabel}
                  </th>
                  <th scope="col" className="px-2 py-2 text-right font-medium">
                    任务
                  </th>
                  {COLUMNS.map((s) => (
                    <th key={s} scope="col" className="px-2 py-2 text-right font-medium whitespace-nowrap">
                      {TASK_STATUS_LABELS[s]}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">
                    完成率
                  </th>
                </tr>
              </thead>
              <tbody id={bodyId} className="divide-y divide-slate-100">
                {shown.map((row) => (
                  <BreakdownRowView key={row.id ?? "none"} row={row} link={(status) => taskListHref({ ...row.link, status, mine })} />
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > BREAKDOWN_ROWS_SHOWN && (
            <button
              type="button"
              aria-controls={bodyId}
              aria-describedby={`${testId}-title`}
              onClick={() => setExpanded((open) => !open)}
              className="block min-h-11 w-full border-t border-slate-100 px-4 py-2 text-sm text-brand-700 hover:bg-slate-50"
              data-testid="breakdown-toggle"
            >
              {expanded ? `收起，只显示前 ${BREAKDOWN_ROWS_SHOWN} 行` : `显示全部 ${rows.length} 行`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** A group's counts, each a link to the task list filtered to the group (and the status). */
function BreakdownRowView({ row, link }: { row: BreakdownRow; link: (status?: TaskStatus) => string }) {
  return (
    <tr data-testid="breakdown-row">
      <th scope="row" className="max-w-[16rem] min-w-[9rem] px-3 py-2 text-left font-normal">
        <Link href={link()} className={`break-words hover:underline ${row.id ? "text-slate-800" : "text-slate-500 italic"}`}>
          {row.name}
        </Link>
        {row.plan && <span className="block truncate text-xs text-slate-500">{row.plan.title}</span>}
      </th>
      <td className="px-2 py-2 text-right tabular-nums">
        <Link href={link()} className="font-medium text-brand-700 hover:underline" data-testid="cell-total">
          {row.counts.total}
        </Link>
      </td>
      {COLUMNS.map((s) => (
        <td key={s} className="px-2 py-2 text-right tabular-nums">
          {row.counts[s] === 0 ? (
            <span className="text-slate-500">0</span>
          ) : (
            <Link href={link(s)} className={`hover:underline ${s === "delayed" ? "font-semibold text-red-700" : "text-brand-700"}`} data-testid={`cell-${s}`}>
              {row.counts[s]}
            </Link>
          )}
        </td>
      ))}
      <td className="px-3 py-2 text-right tabular-nums">
        <ShareBar share={row.completedShare} />
      </td>
    </tr>
  );
}

function ShareBar({ share }: { share: number }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="hidden h-1.5 w-12 overflow-hidden rounded-full bg-slate-100 sm:inline-block" aria-hidden>
        <span className="block h-full bg-green-500" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      {formatShare(share)}
    </span>
  );
}
