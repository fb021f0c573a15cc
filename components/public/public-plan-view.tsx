// /public/<code>/<planId>: one published plan, only what its publication
// shows. The summary and indicators lead the first page; the tasks come a
// page at a time.
import Link from "@/components/ui/link";
import { Pager, pagerShown } from "@/components/ui/list-controls";
import type { Page } from "@/lib/pagination";
import type { PublicPlanSnapshot, PublicSection } from "@/lib/public/types";
import { PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";
import { planDescription } from "./plan-description";
import { PublicIndicators } from "./public-indicators";
import { PublicSummary } from "./public-summary";
import { PublicTasks } from "./public-tasks";
import { UpdatedAt } from "./updated-at";

export function PublicPlanView({ snapshot, tasks }: { snapshot: PublicPlanSnapshot; tasks: Page<PublicSection> | null }) {
  const { bureau, plan } = snapshot;
  const first = !tasks || tasks.page === 1;
  return (
    <>
      <nav className="mb-2 text-sm" aria-label="面包屑">
        <Link href={`/public/${bureau.code}`} className="text-brand-700 hover:underline">
          {bureau.name}
        </Link>
      </nav>
      <h1 className="text-xl font-semibold break-words sm:text-2xl">{plan.title}</h1>
      <p className="mt-1 text-sm text-slate-600">{planDescription(plan)}</p>
      <div className="mt-1 mb-5">
        <UpdatedAt readAt={snapshot.readAt} />
      </div>
      <div className="space-y-6">
        {first && snapshot.summary && <PublicSummary summary={snapshot.summary} />}
        {first && snapshot.indicators && (
          <section aria-labelledby="indicators-heading">
            <h2 id="indicators-heading" className="mb-3 text-lg font-semibold">
              {PUBLIC_PAGE_WORDS.indicators}（{snapshot.indicators.length}）
            </h2>
            <PublicIndicators indicators={snapshot.indicators} />
          </section>
        )}
        {tasks && (
          <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading" className="mb-3 scroll-mt-4 text-lg font-semibold">
              {PUBLIC_PAGE_WORDS.tasks}
            </h2>
            <PublicTasks sections={tasks.items} />
            {pagerShown(tasks) && <Pager page={tasks.page} pageCount={tasks.pageCount} total={tasks.total} params={{}} hash="#tasks-heading" />}
          </section>
        )}
      </div>
    </>
  );
}
