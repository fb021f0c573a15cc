import Link from "@/components/ui/link";
import { DefinitionSummary } from "@/components/indicators/definition-summary";
import { DefinitionVersions } from "@/components/indicators/definition-versions";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { countMappedIndicators } from "@/lib/indicators/count-mapped-indicators";
import { listCatalogue } from "@/lib/indicators/list-catalogue";

export const metadata = { title: "口径库" };

export default async function CataloguePage() {
  const session = await requireTenantSession("plans:read");
  const tenantId = session.tenant.tenantId;
  const { definitions, mapped } = await readTenant(session, async (tx) => ({
    definitions: await listCatalogue(tx),
    mapped: await countMappedIndicators(tx, tenantId),
  }));
  return (
    <>
      <PageHeader
        title="口径库"
        description="平台统一维护的指标统计口径。口径修订后生成新版本，已上报的数据保留上报时的版本。"
        back={{ href: "/indicators", label: "指标口径对应" }}
      />
      {definitions.length === 0 ? (
        <EmptyState>口径库为空，请联系平台管理员</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="catalogue-list">
          {definitions.map((d) => {
            const count = mapped.get(d.id) ?? 0;
            return (
              <li key={d.id} id={d.code} className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <DefinitionSummary definition={d} />
                <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
                  <DefinitionVersions definition={d} />
                  {count > 0 && (
                    <Link href={`/indicators?q=${encodeURIComponent(d.name)}`} className="text-xs text-brand-700 hover:underline">
                      本局 {count} 个指标使用此口径
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
