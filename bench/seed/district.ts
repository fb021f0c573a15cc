// One synthetic district of the benchmark province, generated in memory as
// COPY rows (pure: no database): its leaders and units, plans built from the
// five documents, accounts, and three years of activity simulated by the
// shared lib/simulation. Everything is drawn from streams keyed by the
// province seed and the district's code, so a district's rows are the same
// whatever N is and whichever run makes it.
import { isoDate, isoTime } from "./copy";
import { addAccounts } from "./district-accounts";
import { addActivity } from "./district-activity";
import { districtContext, HOUR, type DistrictSpec } from "./district-context";
import { drawLeaders, drawUnits } from "./district-people";
import { buildPlans } from "./district-plans";
import { COPY_ORDER, PROVINCE_ACTION, type DistrictRows } from "./tables";

export type { CatalogueEntry, DistrictSpec } from "./district-context";
export { SHAPE } from "./district-context";
export { COPY_ORDER, emptyTables, PROVINCE_ACTION, TABLE_COLUMNS, type DistrictRows, type TableName } from "./tables";

/** Generates one district: tenant-owned rows plus its users (global table). */
export function generateDistrict(spec: DistrictSpec): DistrictRows {
  const ctx = districtContext(spec);
  const leaders = drawLeaders(ctx);
  const units = drawUnits(ctx);
  const plans = buildPlans(ctx, leaders, units);
  const actors = addAccounts(ctx, leaders, units);
  addActivity(ctx, plans, actors);
  const { t, tenantId } = ctx;
  t.audit_events.add([
    ctx.ids.uuid(),
    tenantId,
    null,
    PROVINCE_ACTION,
    "tenant",
    tenantId,
    null,
    JSON.stringify({
      seed: spec.seed,
      today: isoDate(spec.today),
      note: "基准测试数据：由固定随机种子生成的样例省份（bench/seed）",
      counts: Object.fromEntries(COPY_ORDER.map((name) => [name, t[name].size])),
    }),
    isoTime(spec.today - 8 * HOUR),
  ]);
  return { tenantId, tables: t };
}
