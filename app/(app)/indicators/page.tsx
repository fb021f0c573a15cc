import Link from "next/link";
import { z } from "zod";
import { ApplySuggestionsButton } from "@/components/indicators/apply-suggestions-button";
import { MappingBadge } from "@/components/indicators/mapping-badge";
import { MappingControls, type DefinitionOption } from "@/components/indicators/mapping-controls";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { MAPPING_STATE_LABELS, MAPPING_STATES } from "@/lib/vocabulary";
import { listCatalogueOptions } from "@/lib/indicators/list-catalogue";
import { countMappingStates, listIndicatorMappings, type MappingRow } from "@/lib/indicators/list-mappings";
import { unitsAgree } from "@/lib/indicators/suggest-definition";
import { formatNumber, formatTarget } from "@/lib/format";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "指标口径" };

const querySchema = listQuerySchema.extend({ state: z.enum(MAPPING_STATES).optional().catch(undefined) });

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("plans:read");
  const canManage = can(session.role, "plans:manage");
  const query = querySchema.parse(await searchParams);
  const tenantId = session.tenant.tenantId;
  const data = await readTenant(session, async (tx) => {
    const page = await listIndicatorMappings(tx, tenantId, query);
    const counts = await countMappingStates(tx, tenantId);
    const options = canManage ? await listCatalogueOptions(tx) : [];
    return { page, counts, options };
  });
  const total = data.counts.unmapped + data.counts.suggested + data.counts.confirmed;
  const optionsFor = (row: MappingRow): DefinitionOption[] =>
    data.options.filter((o) => unitsAgree(row.unit, o.unit)).map((o) => ({ id: o.id, label: `${o.name}${o.unit ? `（${o.unit}）` : ""}` }));

  return (
    <>
      <PageHeader
        title="指标口径"
        description={canManage ? "把规划中的指标对应到统一的统计口径：确认系统建议、改选或取消，并设置预警容差" : "本局规划中的指标及其对应的统计口径（只读）"}
        actions={
          <Link href="/indicators/catalogue" className="text-sm text-brand-700 hover:underline">
            查看口径库 →
          </Link>
        }
      />
      {canManage && data.counts.unmapped > 0 && (
        <div className="mb-4">
          <ApplySuggestionsButton />
        </div>
      )}
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="按对应状态筛选">
        <StateLink q={query.q} label={`全部 ${total}`} active={!query.state} />
        {MAPPING_STATES.map((s) => (
          <StateLink key={s} q={query.q} state={s} label={`${MAPPING_STATE_LABELS[s]} ${data.counts[s]}`} active={query.state === s} />
        ))}
      </nav>
      <SearchForm q={query.q} placeholder="按指标或口径名称搜索">
        {query.state && <input type="hidden" name="state" value={query.state} />}
      </SearchForm>
      {data.page.items.length === 0 ? (
        <EmptyState>没有符合条件的指标</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="indicator-mapping-list">
          {data.page.items.map((row) => (
            <li key={row.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-indicator-id={row.id}>
              <div className="flex items-start justify-between gap-2">
                <p className="min-w-0 font-medium break-words">{row.name}</p>
                <MappingBadge state={row.mappingState} />
              </div>
              <p className="mt-1 text-xs text-slate-500">
                <Link href={`/plans/${row.plan.id}`} className="hover:underline">
                  {row.plan.title}
                </Link>
                {row.task && (
                  <>
                    {" · "}
                    <Link href={`/tasks/${row.task.id}`} className="hover:underline">
                      任务 {row.task.number}
                    </Link>
                  </>
                )}
                {" · 目标 "}
                {formatTarget(row)}
                {row.targetYear ? `（${row.targetYear}年）` : ""}
                {row.tolerance !== null && ` · 容差 ${formatNumber(row.tolerance)}${row.unit ?? ""}`}
              </p>
              <p className="mt-2 text-sm">
                {row.definition ? (
                  <>
                    <span className="text-slate-500">{row.mappingState === "suggested" ? "建议口径：" : "口径："}</span>
                    <Link href={`/indicators/catalogue#${row.definition.code}`} className="text-brand-700 hover:underline">
                      {row.definition.name}
                    </Link>
                    <span className="text-xs text-slate-500">
                      {" "}
                      {row.definition.code} · 第 {row.definition.currentVersion} 版
                    </span>
                  </>
                ) : (
                  <span className="text-slate-500">未对应口径</span>
                )}
              </p>
              {canManage && (
                <MappingControls
                  indicatorId={row.id}
                  indicatorName={row.name}
                  state={row.mappingState}
                  definitionId={row.definition?.id ?? null}
                  unit={row.unit}
                  tolerance={row.tolerance === null ? null : formatNumber(row.tolerance)}
                  options={optionsFor(row)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager page={data.page.page} pageCount={data.page.pageCount} total={data.page.total} params={{ q: query.q, state: query.state }} />
    </>
  );
}

function StateLink({ q, state, label, active }: { q?: string; state?: string; label: string; active: boolean }) {
  const search = new URLSearchParams();
  if (q) search.set("q", q);
  if (state) search.set("state", state);
  const href = search.size ? `/indicators?${search.toString()}` : "/indicators";
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-full border px-3 py-1 ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
    >
      {label}
    </Link>
  );
}
