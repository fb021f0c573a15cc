// Reporting periods of a plan, computed (pure) from its frequency. Dates are
// calendar dates (UTC midnight) as stored in DATE columns.
import type { ReportFrequency } from "@/lib/generated/prisma/enums";

export interface PeriodSpec {
  label: string;
  startsOn: Date;
  endsOn: Date;
  dueOn: Date;
}

/** Reports are due this many days after their period ends. */
export const DAYS_TO_REPORT = 5;

const MONTHS_PER_PERIOD: Record<ReportFrequency, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

const utc = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

function labelOf(frequency: ReportFrequency, year: number, index: number): string {
  switch (frequency) {
    case "monthly":
      return `${year}年${index + 1}月`;
    case "quarterly":
      return `${year}年第${index + 1}季度`;
    case "half_yearly":
      return `${year}年${index === 0 ? "上" : "下"}半年`;
    case "yearly":
      return `${year}年度`;
  }
}

export function periodContaining(frequency: ReportFrequency, date: Date): PeriodSpec {
  const months = MONTHS_PER_PERIOD[frequency];
  const year = date.getUTCFullYear();
  const index = Math.floor(date.getUTCMonth() / months);
  const startsOn = utc(year, index * months, 1);
  const endsOn = utc(year, (index + 1) * months, 0);
  const dueOn = utc(endsOn.getUTCFullYear(), endsOn.getUTCMonth(), endsOn.getUTCDate() + DAYS_TO_REPORT);
  return { label: labelOf(frequency, year, index), startsOn, endsOn, dueOn };
}

/** Every period of the plan's years, in order. */
export function planPeriods(frequency: ReportFrequency, startYear: number, endYear: number): PeriodSpec[] {
  const months = MONTHS_PER_PERIOD[frequency];
  const out: PeriodSpec[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let month = 0; month < 12; month += months) out.push(periodContaining(frequency, utc(year, month, 1)));
  }
  return out;
}

/** Today as a calendar date in China (UTC+8), where the bureaus work. */
export function todayInChina(now = new Date()): Date {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return utc(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}
