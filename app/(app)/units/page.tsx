import Link from "next/link";
import { z } from "zod";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { ORG_UNIT_KIND_LABELS, ORG_UNIT_KINDS } from "@/lib/vocabulary";
import { listUnits } from "@/lib/org/list-units";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "单位" };

const querySchema = listQuerySchema.extend({ kind: z.enum(ORG_UNIT_KINDS).optional().catch(undefined) });

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("units:read");
  const query = querySchema.parse(await searchParams);
  const page = await readTenant(session, (tx) => listUnits(tx, session.tenant.tenantId, query));
  return (
    <>
      <PageHeader title="单位" description="本局的科室、学校、幼儿园、党组织及配合单位" />
      <SearchForm q={query.q} placeholder="按名称搜索单位">
        <select name="kind" defaultValue={query.kind ?? ""} aria-label="单位类型" className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm">
          <option value="">全部类型</option>
          {ORG_UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {ORG_UNIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </SearchForm>
      {page.items.length === 0 ? (
        <EmptyState>没有符合条件的单位</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="unit-list">
          {page.items.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <Link href={`/units/${u.id}`} className="font-medium text-brand-700 hover:underline">
                {u.name}
              </Link>
              <span className="text-xs text-slate-500">
                {ORG_UNIT_KIND_LABELS[u.kind]} · 任务 {u.taskCount} · 账号 {u.memberCount}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q, kind: query.kind }} />
    </>
  );
}
