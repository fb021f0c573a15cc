// Calendar quarters for the city's bulletin (?quarter=2025Q3). Pure: dates are
// calendar days at UTC midnight, as DATE columns arrive and todayInChina() gives.

export interface Quarter {
  year: number;
  /** 1–4 */
  quarter: number;
  startsOn: Date;
  endsOn: Date;
}

const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

export function quarterOf(year: number, quarter: number): Quarter {
  return { year, quarter, startsOn: new Date(Date.UTC(year, (quarter - 1) * 3, 1)), endsOn: new Date(Date.UTC(year, quarter * 3, 0)) };
}

/** "2025Q3" → the quarter; anything else (2025Q5, 2025-3, q3) → null. */
export function parseQuarter(text: string): Quarter | null {
  const match = QUARTER_PATTERN.exec(text.trim().toUpperCase());
  return match ? quarterOf(Number(match[1]), Number(match[2])) : null;
}

/** The last quarter that has ended before `today`: on 2025-10-01 it is 2025Q3, on 2025-09-30 still 2025Q2. */
export function lastCompleteQuarter(today: Date): Quarter {
  const current = Math.floor(today.getUTCMonth() / 3) + 1;
  return current === 1 ? quarterOf(today.getUTCFullYear() - 1, 4) : quarterOf(today.getUTCFullYear(), current - 1);
}

/** The URL form: 2025Q3. */
export function quarterKey(q: Pick<Quarter, "year" | "quarter">): string {
  return `${q.year}Q${q.quarter}`;
}
