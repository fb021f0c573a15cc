import { SlipFilters } from "@/components/supervision/slip-filters";
import { SlipList } from "@/components/supervision/slip-list";
import { PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { isUnitBound } from "@/lib/reports/reporter-scope";
import { listSlips } from "@/lib/supervision/slips/list-slips";
import { slipListQuerySchema } from "@/lib/supervision/slips/schemas";
import { slipUnits } from "@/lib/supervision/slips/slip-units";
import { SLIP_STATE_LABELS } from "@/lib/vocabulary";

export const metadata = { title: "督办单" };

export default async function SlipsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("slips:read");
  const query = slipListQuerySchema.parse(await searchParams);
  const { page, units } = await readTenant(session, async (tx) => ({
    page: await listSlips(tx, session, { state: query.state, level: query.level, orgUnitId: query.unit, page: query.page }),
    units: await slipUnits(tx, session),
  }));
  return (
    <div className="max-w-4xl">
      <PageHeader title="督办单" description={isUnitBound(session) ? "本单位收到的督办单，请在回复期限前回复" : "下发给各单位的督办单及其回复"} />
      <SlipFilters state={query.state} level={query.level} unit={query.unit} units={units} />
      {page.total > 0 && (
        <p className="mb-3 flex justify-end">
          <a
            href={`/api/v1/slips.xlsx?${new URLSearchParams({ state: query.state, ...(query.level ? { level: query.level } : {}), ...(query.unit ? { unit: query.unit } : {}) }).toString()}`}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm text-slate-700 hover:bg-slate-50"
            download
          >
            导出 Excel
          </a>
        </p>
      )}
      <SlipList rows={page.items} empty={`没有${query.state === "all" ? "" : SLIP_STATE_LABELS[query.state]}的督办单`} />
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ state: query.state, level: query.level, unit: query.unit }} />
    </div>
  );
}
