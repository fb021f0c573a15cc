// The dashboard's reference dates. Bureaus work on China time: "today" and
// "the start of this quarter" are China calendar dates, and the instant a
// China date begins is 16:00 UTC the day before.
import { todayInChina } from "@/lib/reports/periods";

export interface DashboardDates {
  /** Today, China calendar date (UTC midnight). */
  today: Date;
  /** First day of the current quarter, China calendar date. */
  quarterStart: Date;
  /** The instant the quarter began in China, for comparing with timestamps. */
  quarterStartInstant: Date;
}

const CHINA_OFFSET_MS = 8 * 3600_000;

export function quarterStartOf(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), Math.floor(day.getUTCMonth() / 3) * 3, 1));
}

/** The instant a China calendar date begins. */
export function chinaMidnight(day: Date): Date {
  return new Date(day.getTime() - CHINA_OFFSET_MS);
}

export function dashboardDates(today: Date = todayInChina()): DashboardDates {
  const quarterStart = quarterStartOf(today);
  return { today, quarterStart, quarterStartInstant: chinaMidnight(quarterStart) };
}

/** "2026-04-01" for SQL date parameters (cast ::date), free of the driver's time-zone handling. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
