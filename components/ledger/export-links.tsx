// Download links for the 工作台账. Plain links to the .xlsx routes, so the
// browser's own download handles the file and the filter travels in the URL.
// No hooks and no directive: usable from server and client components alike,
// and planLedgerUrl stays callable on the server.

export interface LedgerFilterValues {
  leaderId?: string;
  unitId?: string;
  sectionId?: string;
  q?: string;
}

const LINK = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

export function planLedgerUrl(planId: string, filter: LedgerFilterValues = {}): string {
  const search = new URLSearchParams();
  for (const key of ["leaderId", "unitId", "sectionId", "q"] as const) {
    const value = filter[key]?.trim();
    if (value) search.set(key, value);
  }
  const query = search.toString();
  return `/api/v1/plans/${encodeURIComponent(planId)}/ledger.xlsx${query ? `?${query}` : ""}`;
}

export function ExportLinks({ planId, filter = {} }: { planId: string; filter?: LedgerFilterValues }) {
  const filtered = Boolean(filter.leaderId || filter.unitId || filter.sectionId || filter.q?.trim());
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href={planLedgerUrl(planId, filter)} download className={LINK} title={filtered ? "只导出当前筛选出的任务" : undefined}>
        导出台账 (.xlsx)
      </a>
      {filtered && (
        <>
          <span className="text-xs text-slate-500">按当前筛选导出</span>
          <a href={planLedgerUrl(planId)} download className="text-sm text-brand-600 hover:underline">
            导出全部任务
          </a>
        </>
      )}
    </div>
  );
}

export function UnitLedgerLink({ unitId }: { unitId: string }) {
  return (
    <a href={`/api/v1/units/${encodeURIComponent(unitId)}/ledger.xlsx`} download className={LINK}>
      导出本单位台账 (.xlsx)
    </a>
  );
}
