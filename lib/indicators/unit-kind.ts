// What kind of quantity an indicator's unit names, for the plausibility rule
// and the ledger import's unit check. Pure (the report form runs it too).
// The unit lists follow what the plan parser extracts (lib/plans/parser/
// targets.ts UNITS and indicators-table.ts UNIT_TEXT); a unit not listed here
// is "other" and only the generic checks apply to it.

/** percent 0–100, permille 0–1000, whole: counted things (no decimals), amount: money, area, hours (decimals allowed). */
export type UnitKind = "percent" | "permille" | "whole" | "amount" | "other";

const PERCENT = new Set(["%", "％", "百分比", "百分率"]);
const PERMILLE = new Set(["‰", "千分比", "千分率"]);
// Counted one by one: 87.5 个 is a typing accident. 人次 too (a visit is whole);
// 万人 / 万人次 are not here: 1.5 万人 is a normal figure.
const WHOLE = new Set([
  "个",
  "所",
  "人",
  "名",
  "项",
  "家",
  "间",
  "座",
  "台",
  "套",
  "支",
  "处",
  "条",
  "位",
  "篇",
  "部",
  "册",
  "场",
  "批",
  "门",
  "班",
  "张",
  "节",
  "堂",
  "期",
  "次",
  "人次",
  "本",
  "件",
  "户",
  "校",
  "园",
]);
// Never negative, decimals allowed.
const AMOUNT = new Set(["元", "万元", "亿元", "万人", "万人次", "平方米", "万平方米", "学时", "课时", "小时", "天", "公里", "千克"]);

/** The unit as written without brackets and spaces: "（%）" → "%". */
export function normaliseUnit(unit: string | null | undefined): string {
  return (unit ?? "").replace(/[\s()（）]/g, "");
}

export function unitKind(unit: string | null | undefined): UnitKind {
  const u = normaliseUnit(unit);
  if (PERCENT.has(u)) return "percent";
  if (PERMILLE.has(u)) return "permille";
  if (WHOLE.has(u)) return "whole";
  if (AMOUNT.has(u)) return "amount";
  return "other";
}

/** Counts and amounts: never negative, and a multiple of the target is suspicious. */
export const isQuantity = (kind: UnitKind) => kind === "whole" || kind === "amount";

/** A share's upper bound in its own unit: 100%, 1000‰. */
export const SHARE_MAX: Partial<Record<UnitKind, number>> = { percent: 100, permille: 1000 };
