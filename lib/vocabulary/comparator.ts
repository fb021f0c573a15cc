// How a target compares (≥ 95%, ≤ 45 人, 3–5 所, +2 个百分点), in its two spellings:
// the database's enum ("gte") and the one the API, `plan:parse` and the parser
// speak (">="). The only place that maps one to the other, both ways.
import type { Comparator } from "@/lib/generated/prisma/enums";

export type { Comparator };

/** The database's spelling, in the order of the indicator form's select. */
export const COMPARATORS = ["gte", "lte", "eq", "range", "change"] as const satisfies readonly Comparator[];

/** The spelling at the edges: the JSON API, `plan:parse`, the parser and the import draft. */
export const API_COMPARATORS = [">=", "<=", "=", "range", "change"] as const;

export type ApiComparator = (typeof API_COMPARATORS)[number];

export const COMPARATOR_TO_API: Record<Comparator, ApiComparator> = { gte: ">=", lte: "<=", eq: "=", range: "range", change: "change" };
export const COMPARATOR_FROM_API: Record<ApiComparator, Comparator> = { ">=": "gte", "<=": "lte", "=": "eq", range: "range", change: "change" };

export const COMPARATOR_LABELS: Record<Comparator, string> = {
  gte: "不低于",
  lte: "不高于",
  eq: "等于",
  range: "区间",
  change: "变化量",
};

/** The sign a target is written with; a range and a change carry none (3–5, +2). */
export const COMPARATOR_SIGNS: Record<Comparator, string> = { gte: "≥", lte: "≤", eq: "=", range: "", change: "" };

/** "不低于（≥）", "区间": a select option's text. */
export const comparatorOptionLabel = (comparator: Comparator): string =>
  COMPARATOR_SIGNS[comparator] ? `${COMPARATOR_LABELS[comparator]}（${COMPARATOR_SIGNS[comparator]}）` : COMPARATOR_LABELS[comparator];
