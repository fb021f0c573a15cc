import { SearchResults } from "@/components/search/search-results";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { firstParam } from "@/lib/pagination";
import { searchQuerySchema } from "@/lib/search/schemas";
import { searchTenant } from "@/lib/search/search-tenant";

export const metadata = { title: "搜索" };

/** More than a screenful is a query to narrow, not a list to page through. */
const PAGE_LIMIT = 50;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("tenant:read");
  const raw = firstParam((await searchParams).q) ?? "";
  const parsed = searchQuerySchema.safeParse({ q: raw });
  const q = parsed.success ? parsed.data.q : undefined;
  const hits = q ? await readTenant(session, (tx) => searchTenant(tx, session, q, PAGE_LIMIT)) : [];
  return (
    <>
      <PageHeader title="搜索" description="在本局的规划、任务、单位、人员和填报内容中查找" />
      <SearchForm q={raw} placeholder="输入要搜索的内容" />
      {!parsed.success ? (
        raw.trim() === "" ? (
          <EmptyState>输入规划、任务、单位或人员名称中的任意几个字即可搜索</EmptyState>
        ) : (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            {parsed.error.issues[0]?.message}
          </p>
        )
      ) : hits.length === 0 ? (
        <EmptyState>没有找到与“{q}”相关的内容</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" data-testid="search-count">
            {hits.length >= PAGE_LIMIT ? `显示最相关的 ${PAGE_LIMIT} 条，请输入更具体的词缩小范围` : `找到 ${hits.length} 条`}
          </p>
          <SearchResults hits={hits} />
        </>
      )}
    </>
  );
}
