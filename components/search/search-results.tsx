// Search hits, best first, each with its kind in words and a link to its page.
// One column of wrapped text: fits a 390 px phone without sideways scrolling.
import Link from "@/components/ui/link";
import type { SearchHit } from "@/lib/search/search-tenant";
import { SEARCH_KIND_LABELS } from "@/lib/vocabulary";

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="search-results">
      {hits.map((hit) => (
        <li key={`${hit.kind}-${hit.id}`} className="px-4 py-3" data-kind={hit.kind}>
          <div className="flex items-start gap-2">
            <span className="mt-0.5 shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{SEARCH_KIND_LABELS[hit.kind]}</span>
            <div className="min-w-0">
              <Link href={hit.url} className="font-medium break-words text-brand-700 hover:underline">
                {hit.title}
              </Link>
              {hit.detail && <p className="mt-0.5 text-sm break-words text-slate-600">{hit.detail}</p>}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
