import Link from "@/components/ui/link";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { listQuerySchema } from "@/lib/pagination";
import { formatPeriod } from "@/lib/format";
import { PLAN_KIND_LABELS } from "@/lib/vocabulary";
import { listPlans } from "@/lib/plans/queries/list-plans";

export const metadata = { title: "规划" };

const LINK_BUTTON = "inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium";

export default async function PlansPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("plans:read");
  const query = listQuerySchema.parse(await searchParams);
  const page = await readTenant(session, (tx) => listPlans(tx, session.tenant.tenantId, query));
  const canManage = can(session.role, "plans:manage");
  return (
    <>
      <PageHeader
        title="规划"
        description="本局的工作要点、五年规划与行动方案"
        actions={
          canManage ? (
            <div className="flex gap-2">
              <Link href="/plans/new" className={`${LINK_BUTTON} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
                新建规划
              </Link>
              <Link href="/plans/import" className={`${LINK_BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
                导入规划
              </Link>
            </div>
          ) : undefined
        }
      />
      <SearchForm q={query.q} placeholder="按标题搜索规划" />
      {page.items.length === 0 ? (
        <EmptyState>{query.q ? "没有符合条件的规划" : canManage ? "还没有规划，点击“导入规划”上传规划文件" : "还没有规划"}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="plan-list">
          {page.items.map((p) => (
            <li key={p.id} className="space-y-1 px-4 py-3">
              <Link href={`/plans/${p.id}`} className="font-medium break-words text-brand-700 hover:underline">
                {p.title}
              </Link>
              <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">{PLAN_KIND_LABELS[p.kind]}</span>
                <span className="tabular-nums">{formatPeriod(p.startYear, p.endYear)}</span>
                {p.documentNumber && <span>{p.documentNumber}</span>}
                <span>任务 {p.taskCount}</span>
                <span>指标 {p.indicatorCount}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q }} />
    </>
  );
}
