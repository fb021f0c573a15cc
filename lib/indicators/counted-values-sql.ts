// Which approved values count: the one definition of 最多报一次 (report once),
// used by every reader of actuals (dashboards, trends, ledger, exports, the
// city comparison, the public page), so one number shows everywhere.
//
// An indicator confirmed against a catalogue definition counts the bureau's
// values for that definition: approved values entered on ANY confirmed
// indicator of the same bureau and definition, in any plan. Per date, the
// earliest approved value counts; a different value approved later for the
// same definition and date is a conflict (`conflict`), shown to the reviewer,
// never silently counted or overwritten. Values a member school reported under
// a group unit are the school's own, never a bureau value; a value a reviewer
// set aside while resolving a conflict never counts.
//
// Any other indicator (unmapped, or only a suggested mapping) keeps its own
// approved values, the newest per date, as before the catalogue.
//
// Columns of both fragments: as_of, value (numeric), actual_id, report_id,
// period_id, source_indicator_id, conflict (another approved value differs).
// Decision 0035.
import { Prisma } from "@/lib/generated/prisma/client";

/** True when the indicator alias shares its bureau's values for its definition. */
export function sharesBureauValuesSql(i: string): Prisma.Sql {
  const a = Prisma.raw(i);
  return Prisma.sql`(${a}.mapping_state = 'confirmed' AND ${a}.definition_id IS NOT NULL)`;
}

/** The approved values that may count for a definition (`x`: the actual, `xi`: its indicator): the rule's filter, written once. */
function countableBureauActualsSql(tenant: Prisma.Sql, definition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`FROM indicators xi
      JOIN indicator_actuals x ON x.tenant_id = xi.tenant_id AND x.indicator_id = xi.id
      WHERE xi.tenant_id = ${tenant} AND xi.definition_id = ${definition} AND xi.mapping_state = 'confirmed'
        AND x.review_state = 'approved' AND x.set_aside_at IS NULL AND x.group_unit_id IS NULL`;
}

/**
 * The bureau's counted values for one definition, one row per date, newest
 * date first. `tenant` and `definition` are SQL expressions (a column of an
 * outer row, or a parameter).
 */
export function bureauValuesSql(tenant: Prisma.Sql, definition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (v.as_of) v.as_of, v.value, v.actual_id, v.report_id, v.period_id, v.source_indicator_id,
      (v.low <> v.high) AS conflict
    FROM (
      SELECT x.as_of, x.value, x.id AS actual_id, x.report_id, x.period_id, x.indicator_id AS source_indicator_id,
        COALESCE(x.approved_at, x.created_at) AS approved_at,
        min(x.value) OVER (PARTITION BY x.as_of) AS low, max(x.value) OVER (PARTITION BY x.as_of) AS high
      ${countableBureauActualsSql(tenant, definition)}
    ) v
    ORDER BY v.as_of DESC, v.approved_at, v.actual_id`;
}

/**
 * The first row of bureauValuesSql (the latest date's counted value), without
 * ranking the whole series: the latest date is found first, then only its
 * values are compared (earliest approval counts; a differing one is a
 * conflict). For readers that show one value per bureau, such as the city
 * comparison over a hundred districts. tests/integration/latest-bureau-value.test.ts
 * holds it equal to the series' first row.
 */
export function latestBureauValueSql(tenant: Prisma.Sql, definition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT v.as_of, v.value, v.actual_id, v.report_id, v.period_id, v.source_indicator_id, (v.low <> v.high) AS conflict
    FROM (
      SELECT x.as_of, x.value, x.id AS actual_id, x.report_id, x.period_id, x.indicator_id AS source_indicator_id,
        COALESCE(x.approved_at, x.created_at) AS approved_at,
        min(x.value) OVER () AS low, max(x.value) OVER () AS high
      ${countableBureauActualsSql(tenant, definition)}
        AND x.as_of = (SELECT max(x.as_of) ${countableBureauActualsSql(tenant, definition)})
    ) v
    ORDER BY v.approved_at, v.actual_id
    LIMIT 1`;
}

/**
 * The counted values of the indicator row aliased `i`, one per date (in no
 * order: a UNION): `LEFT JOIN LATERAL (SELECT * FROM (...) c ORDER BY c.as_of
 * DESC LIMIT 1)` for the latest value, `JOIN LATERAL (...)` for the series.
 */
export function countedValuesSql(i: string): Prisma.Sql {
  const a = Prisma.raw(i);
  return Prisma.sql`
    SELECT * FROM (${bureauValuesSql(Prisma.sql`${a}.tenant_id`, Prisma.sql`${a}.definition_id`)}) shared
    WHERE ${sharesBureauValuesSql(i)}
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON (x.as_of) x.as_of, x.value, x.id AS actual_id, x.report_id, x.period_id,
        x.indicator_id AS source_indicator_id, false AS conflict
      FROM indicator_actuals x
      WHERE NOT ${sharesBureauValuesSql(i)} AND x.tenant_id = ${a}.tenant_id AND x.indicator_id = ${a}.id
        AND x.review_state = 'approved' AND x.set_aside_at IS NULL
      ORDER BY x.as_of DESC, x.created_at DESC, x.id DESC
    ) own`;
}
