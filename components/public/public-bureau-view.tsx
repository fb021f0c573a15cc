// /public/<code>: the bureau's published plans.
import Link from "@/components/ui/link";
import { formatDateTime } from "@/lib/format";
import type { PublicBureauSnapshot } from "@/lib/public/types";
import { PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";
import { planDescription } from "./plan-description";
import { UpdatedAt } from "./updated-at";

export function PublicBureauView({ snapshot }: { snapshot: PublicBureauSnapshot }) {
  return (
    <>
      <h1 className="text-xl font-semibold sm:text-2xl">{snapshot.bureau.name}</h1>
      <div className="mt-1 mb-5">
        <UpdatedAt readAt={snapshot.readAt} />
      </div>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading" className="mb-3 text-lg font-semibold">
          {PUBLIC_PAGE_WORDS.plans}
        </h2>
        <ul className="space-y-3">
          {snapshot.plans.map((plan) => (
            <li key={plan.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <Link href={`/public/${snapshot.bureau.code}/${plan.id}`} className="font-medium break-words text-brand-700 hover:underline">
                {plan.title}
              </Link>
              <p className="mt-1 text-sm text-slate-600">{planDescription(plan)}</p>
              <p className="mt-1 text-sm text-slate-600">
                {PUBLIC_PAGE_WORDS.publishedAt}：{formatDateTime(plan.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
