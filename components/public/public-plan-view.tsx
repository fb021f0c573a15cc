// /public/<code>/<planId>: one published plan, only what its publication shows.
import Link from "next/link";
import type { PublicPlanSnapshot } from "@/lib/public/types";
import { PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";
import { planDescription } from "./plan-description";
import { PublicIndicators } from "./public-indicators";
import { PublicSummary } from "./public-summary";
import { PublicTasks } from "./public-tasks";
import { UpdatedAt } from "./updated-at";

export function PublicPlanView({ snapshot }: { snapshot: PublicPlanSnapshot }) {
  const { bureau, plan } = snapshot;
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
        {snapshot.summary && <PublicSummary summary={snapshot.summary} />}
        {snapshot.indicators && (
          <section aria-labelledby="indicators-heading">
            <h2 id="indicators-heading" className="mb-3 text-lg font-semibold">
              {PUBLIC_PAGE_WORDS.indicators}（{snapshot.indicators.length}）
            </h2>
            <PublicIndicators indicators={snapshot.indicators} />
          </section>
        )}
        {snapshot.sections && (
          <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading" className="mb-3 text-lg font-semibold">
              {PUBLIC_PAGE_WORDS.tasks}
            </h2>
            <PublicTasks sections={snapshot.sections} />
          </section>
        )}
      </div>
    </>
  );
}
