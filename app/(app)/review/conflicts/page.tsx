import Link from "@/components/ui/link";
import { ConflictList } from "@/components/review/conflict-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, pagerShown } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { listConflicts } from "@/lib/indicators/list-conflicts";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "数值冲突" };

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("reports:review");
  const { page: pageNumber } = listQuerySchema.parse(await searchParams);
  const page = await readTenant(session, (tx) => listConflicts(tx, session.tenant.tenantId, pageNumber));
  return (
    <>
      <Link href="/review" className="mb-2 inline-block text-sm text-brand-700 hover:underline">
        ← 审核
      </Link>
      <PageHeader
        title="数值冲突"
        description="同一指标口径、同一时点有不同的已审核数值。未处理前以先审核的为准；选择“以此为准”后，其他不一致的数值被搁置，不再计入。"
      />
      <div className="max-w-3xl space-y-4">
        {page.items.length === 0 ? <EmptyState>没有待处理的数值冲突</EmptyState> : <ConflictList conflicts={page.items} />}
        {pagerShown(page) && <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{}} />}
      </div>
    </>
  );
}
