import Link from "@/components/ui/link";
import { z } from "zod";
import { Card, PageHeader } from "@/components/ui/card";
import { Pager, RowList, SearchForm } from "@/components/ui/list-controls";
import { AddUnitForm } from "@/components/units/add-unit-form";
import { ImportSchoolsForm } from "@/components/units/import-schools-form";
import { MergeSuggestions } from "@/components/units/merge-suggestions";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { ORG_UNIT_KIND_LABELS, ORG_UNIT_KINDS } from "@/lib/vocabulary";
import { listUnits, type UnitRow } from "@/lib/org/list-units";
import { listQuerySchema } from "@/lib/pagination";
import { suggestDuplicates } from "@/lib/units/suggest-duplicates";

export const metadata = { title: "单位" };

const querySchema = listQuerySchema.extend({ kind: z.enum(ORG_UNIT_KINDS).optional().catch(undefined) });

const LINK = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

function exportUrl(query: { q?: string; kind?: string }) {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.kind) search.set("kind", query.kind);
  const text = search.toString();
  return `/api/v1/units.xlsx${text ? `?${text}` : ""}`;
}

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("units:read");
  const query = querySchema.parse(await searchParams);
  const manage = can(session.role, "units:manage");
  const { page, suggestions } = await readTenant(session, async (tx) => ({
    page: await listUnits(tx, session.tenant.tenantId, query),
    suggestions: manage ? await suggestDuplicates(tx, session.tenant.tenantId) : [],
  }));
  return (
    <>
      <PageHeader
        title="单位"
        description="本局的科室、学校、幼儿园、街道乡镇、区县直部门、党组织及单位群体"
        actions={
          <a href={exportUrl(query)} download className={LINK}>
            导出名单 (.xlsx)
          </a>
        }
      />
      {manage && (
        <div className="mb-4 grid gap-4 lg:grid-cols-2">
          <Card title="导入学校名单">
            <ImportSchoolsForm />
          </Card>
          <Card title="添加单位">
            <AddUnitForm />
          </Card>
          {suggestions.length > 0 && (
            <div className="lg:col-span-2">
              <Card title={`疑似重复的单位（${suggestions.length}）`}>
                <MergeSuggestions suggestions={suggestions} />
              </Card>
            </div>
          )}
        </div>
      )}
      <SearchForm q={query.q} placeholder="按名称、曾用名或学区搜索">
        <select name="kind" defaultValue={query.kind ?? ""} aria-label="单位类型" className="min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm">
          <option value="">全部类型</option>
          {ORG_UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {ORG_UNIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </SearchForm>
      <RowList isEmpty={page.items.length === 0} empty="没有符合条件的单位" testId="unit-list">
        {page.items.map((u) => (
          <UnitItem key={u.id} unit={u} />
        ))}
      </RowList>
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q, kind: query.kind }} />
    </>
  );
}

function UnitItem({ unit: u }: { unit: UnitRow }) {
  const details = [u.stage, u.ownership, u.district].filter(Boolean).join(" · ");
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
      <div className="min-w-0">
        <Link href={`/units/${u.id}`} className="font-medium text-brand-700 hover:underline">
          {u.name}
        </Link>
        {details && <p className="text-xs text-slate-500">{details}</p>}
        {u.aliases.length > 0 && <p className="text-xs text-slate-500">曾用名：{u.aliases.join("、")}</p>}
      </div>
      <span className="text-xs text-slate-500">
        {ORG_UNIT_KIND_LABELS[u.kind]} · 任务 {u.taskCount} · 账号 {u.memberCount}
      </span>
    </li>
  );
}
