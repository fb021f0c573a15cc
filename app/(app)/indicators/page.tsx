import Link from "@/components/ui/link";
import { z } from "zod";
import { ApplySuggestionsButton } from "@/components/indicators/apply-suggestions-button";
import { IndicatorMappingItem } from "@/components/indicators/indicator-mapping-item";
import type { DefinitionOption } from "@/components/indicators/mapping-controls";
import { MappingStateFilter } from "@/components/indicators/mapping-state-filter";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { MAPPING_STATES } from "@/lib/vocabulary";
import { listCatalogueOptions } from "@/lib/indicators/list-catalogue";
import { countMappingStates, listIndicatorMappings, type MappingRow } from "@/lib/indicators/list-mappings";
import { unitsAgree } from "@/lib/indicators/suggest-definition";
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
  // Only definitions whose unit agrees are offered (a missing unit on either side agrees).
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
      <MappingStateFilter q={query.q} active={query.state} counts={data.counts} />
      <SearchForm q={query.q} placeholder="按指标或口径名称搜索">
        {query.state && <input type="hidden" name="state" value={query.state} />}
      </SearchForm>
      {data.page.items.length === 0 ? (
        <EmptyState>没有符合条件的指标</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="indicator-mapping-list">
          {data.page.items.map((row) => (
            <IndicatorMappingItem key={row.id} row={row} options={canManage ? optionsFor(row) : null} />
          ))}
        </ul>
      )}
      <Pager page={data.page.page} pageCount={data.page.pageCount} total={data.page.total} params={{ q: query.q, state: query.state }} />
    </>
  );
}
