// Dates, times and plan periods as users read them. Stored dates are calendar
// dates (UTC midnight, DATE columns); instants are shown in Beijing time.

/** A calendar date as 2025-06-30; "" for none. */
export function formatDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/**
 * An instant in Beijing time as 2025-06-30 09:05, the date as formatDate writes
 * it: one format on every page and export (zh-CN's own, 2025/6/30 09:05:46,
 * sat beside 2025-06-30 on the same page). Server and browser may sit in
 * different zones, so the offset is applied here (China has no daylight time).
 */
export function formatDateTime(date: Date | string): string {
  const time = new Date(date).getTime();
  // An unreadable value shows as nothing rather than failing the page around it.
  if (!Number.isFinite(time)) return "";
  const beijing = new Date(time + 8 * 3600_000).toISOString();
  return `${beijing.slice(0, 10)} ${beijing.slice(11, 16)}`;
}

export function formatClock(date: Date | string): string {
  return new Date(date).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });
}

/** An as-of date (2025-06-30) compactly as 2025.6.30 so it stays on one line on a phone; period labels as they are. */
export function formatAsOf(period: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : period;
}

/** A span of years, the one way everywhere: "2022年" for one, "2021–2025年" for several (never "2022–2022年"). */
export function formatPeriod(startYear: number, endYear: number): string {
  return startYear === endYear ? `${startYear}年` : `${startYear}–${endYear}年`;
}

/** A calendar date as an official document dates itself: 2025年10月8日. */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
