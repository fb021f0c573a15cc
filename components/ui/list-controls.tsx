// Search box and pager for server-rendered lists: plain GET forms and links,
// so they work without JavaScript and the URL can be shared.
import { redirect } from "next/navigation";
import Link from "@/components/ui/link";
import { EmptyState } from "./card";

export function SearchForm({ q, placeholder = "搜索", children }: { q?: string; placeholder?: string; children?: React.ReactNode }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap gap-2" role="search">
      <input
        type="search"
        name="q"
        defaultValue={q}
        placeholder={placeholder}
        aria-label={placeholder}
        className="min-h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-base sm:max-w-xs sm:text-sm"
      />
      {children}
      <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
        查询
      </button>
    </form>
  );
}

/**
 * Lists that hide a pager of one page show it still past their last page: the
 * Pager is what sends ?page=5 of a list shrunk to one page back to its page.
 */
export const pagerShown = (list: { page: number; pageCount: number }) => list.pageCount > 1 || list.page > list.pageCount;

export function Pager({
  page,
  pageCount,
  total,
  params,
  hash = "",
}: {
  page: number;
  pageCount: number;
  total: number;
  params: Record<string, string | undefined>;
  /** `#id` of the list, so a page further on a long page lands on the list, not the top. */
  hash?: string;
}) {
  const href = (p: number) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
    search.set("page", String(p));
    return `?${search.toString()}${hash}`;
  };
  // A page past the last (a shared link, the list shrunk since) would say "none" above "第 999/3 页": show the last one instead.
  if (total > 0 && page > pageCount) redirect(href(pageCount));
  return (
    <nav className="mt-4 flex items-center justify-between text-sm text-slate-600" aria-label="分页">
      <span>
        共 {total} 条 · 第 {page}/{pageCount} 页
      </span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5" href={href(page - 1)}>
            上一页
          </Link>
        )}
        {page < pageCount && (
          <Link className="rounded-md border border-slate-300 bg-white px-3 py-1.5" href={href(page + 1)}>
            下一页
          </Link>
        )}
      </span>
    </nav>
  );
}

/** A page of rows in a bordered list, or the words saying there are none. */
export function RowList({ isEmpty, empty, testId, children }: { isEmpty: boolean; empty: string; testId: string; children: React.ReactNode }) {
  if (isEmpty) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid={testId}>
      {children}
    </ul>
  );
}
