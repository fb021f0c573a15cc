// Numbers as users read them. Prisma Decimals arrive as objects with
// toString(); numbers and strings are accepted too.

export type NumberLike = number | string | { toString(): string } | null | undefined;

/** Stored figures are NUMERIC(18, 4): shown exactly, in their shortest form (95.0000 → 95). */
export const STORED_DECIMALS = 4;

/** Dashboards, the briefing and trend charts round to two places: read at a glance, and path bands are computed. */
export const SUMMARY_DECIMALS = 2;

/** The shortest form with at most `maxDecimals` places; "" for no value, the text itself when it is not a number. */
export function formatNumber(value: NumberLike, maxDecimals: number = STORED_DECIMALS): string {
  if (value === null || value === undefined) return "";
  const n = Number(value.toString());
  if (!Number.isFinite(n)) return value.toString();
  // Math.round, not toFixed: 81.985 → 81.99 as a reader rounds it (toFixed sees the binary 81.98499…).
  const scale = 10 ** maxDecimals;
  return String(Math.round(n * scale) / scale);
}

/** A figure followed by its unit: "85.2%". */
export function formatValue(value: NumberLike, unit: string | null | undefined, maxDecimals: number = STORED_DECIMALS): string {
  return `${formatNumber(value, maxDecimals)}${unit ?? ""}`;
}

/** 0.125 → "12.5%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
