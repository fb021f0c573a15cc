// What needs a leader, above the dashboard's breakdowns: their red and yellow
// tasks, the indicators behind their path, and the units overdue on reporting.
// "Their" is the dashboard's scope: 我负责的 (the tasks naming the person
// linked to the account) or, without a linked person or by choice, the whole
// bureau; the heading says which.
import Link from "@/components/ui/link";
import { TaskRow } from "@/components/plans/task-row";
import { JudgementBadge } from "@/components/dashboard/judgement-badge";
import { indicatorFilterHref } from "@/lib/dashboard/indicator-list-view";
import type { IndicatorProgress } from "@/lib/dashboard/indicator-progress";
import type { OverdueUnit } from "@/lib/dashboard/overdue-units";
import type { LeaderFocusData } from "@/lib/dashboard/home-reads";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { taskListHref } from "@/lib/plans/display/task-list-href";
import type { LightCounts } from "@/lib/supervision/count-task-lights";
import { TASK_LIGHT_LABELS } from "@/lib/vocabulary";

/** Lagging indicators named here; the rest are one tap away in the indicator section. */
const BEHIND_SHOWN = 5;

export async function LeaderFocus({
  scope,
  focus,
  progress,
  lights: lightCounts,
  whose,
}: {
  scope: DashboardScope;
  /** The scope's lit tasks and overdue units (lib/dashboard/home-reads.ts). */
  focus: Promise<LeaderFocusData>;
  /** The scope's indicator progress, read once by the page (the indicator section shares it). */
  progress: Promise<IndicatorProgress[]>;
  /** The scope's light counts, read once by the page (the lights section shares them). */
  lights: Promise<LightCounts>;
  /** Whose tasks these are, as the heading says (from the linked people, the first read of the page). */
  whose: Promise<string>;
}) {
  const { tasks, units } = await focus;
  const lights = await lightCounts;
  const scopeLabel = await whose;
  const behind = (await progress).filter((i) => i.result.judgement === "behind");
  const mine = Boolean(scope.mineUserId);
  return (
    <section aria-labelledby="leader-focus-title" className="space-y-4" data-testid="leader-focus">
      <h2 id="leader-focus-title" className="text-lg font-semibold break-words">
        需要关注 <span className="text-sm font-normal text-slate-600">· {scopeLabel}</span>
      </h2>
      <FocusPanel
        title="红灯、黄灯任务"
        testId="lit-tasks"
        empty={tasks.length === 0 ? "没有红灯或黄灯任务" : null}
        aside={
          <span className="flex gap-3">
            {(["red", "yellow"] as const).map((light) => (
              <Link key={light} href={taskListHref({ light, mine })} className="text-brand-700 hover:underline" data-testid={`lit-count-${light}`}>
                {TASK_LIGHT_LABELS[light]} <span className="font-semibold tabular-nums">{lights[light]}</span> 项
              </Link>
            ))}
          </span>
        }
      >
        {tasks.map((t) => (
          <TaskRow key={t.id} task={t} planTitle={t.plan} />
        ))}
      </FocusPanel>
      <div className="grid gap-4 lg:grid-cols-2">
        <BehindIndicators items={behind} mine={mine} />
        <OverdueUnits units={units} />
      </div>
    </section>
  );
}

function BehindIndicators({ items, mine }: { items: IndicatorProgress[]; mine: boolean }) {
  return (
    <FocusPanel
      title={`滞后指标（${items.length}）`}
      testId="behind-indicators"
      empty={items.length === 0 ? "没有进度滞后的指标" : null}
      aside={
        items.length > BEHIND_SHOWN && (
          <Link href={indicatorFilterHref({ mine: mine ? "1" : "0" }, "behind")} className="text-brand-700 hover:underline">
            查看全部
          </Link>
        )
      }
    >
      {items.slice(0, BEHIND_SHOWN).map((i) => (
        <li key={i.id} className="flex items-start justify-between gap-2 px-4 py-2 text-sm">
          <Link href={i.task ? `/tasks/${i.task.id}` : `/plans/${i.plan.id}`} className="min-w-0 break-words text-brand-700 hover:underline">
            {i.name}
          </Link>
          <JudgementBadge judgement={i.result.judgement} />
        </li>
      ))}
    </FocusPanel>
  );
}

function OverdueUnits({ units }: { units: OverdueUnit[] }) {
  return (
    <FocusPanel
      title="逾期未报单位"
      testId="overdue-units"
      empty={units.length === 0 ? "没有逾期未报的单位" : null}
      aside={
        <Link href="/reports?status=overdue" className="text-brand-700 hover:underline">
          逾期清单
        </Link>
      }
    >
      {units.map((u) => (
        <li key={u.id}>
          <Link
            href={`/reports?${new URLSearchParams({ status: "overdue", q: u.name }).toString()}`}
            className="flex items-baseline justify-between gap-2 px-4 py-2 text-sm hover:bg-slate-50"
          >
            <span className="min-w-0 break-words">{u.name}</span>
            <span className="shrink-0 text-red-700 tabular-nums">逾期 {u.overdue} 份</span>
          </Link>
        </li>
      ))}
    </FocusPanel>
  );
}

/** One box of the focus: a titled list, or a sentence saying it is empty. */
function FocusPanel({
  title,
  testId,
  empty,
  aside,
  children,
}: {
  title: string;
  testId: string;
  /** Shown instead of the list when set. */
  empty: string | null;
  aside?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h3 className="text-base font-semibold">{title}</h3>
        {aside && <span className="text-sm">{aside}</span>}
      </header>
      {empty ? <p className="px-4 py-6 text-center text-sm text-slate-600">{empty}</p> : <ul className="divide-y divide-slate-100">{children}</ul>}
    </div>
  );
}
