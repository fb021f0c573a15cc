/**
 * The period a plan covers. Sources in order of trust:
 *  1. a year range in the title (2021—2025年);
 *  2. a five-year-plan name in the title (“十四五” → 2021–2025);
 *  3. a single year in the title (2022年工作要点 → 2022–2022);
 *  4. “到2027年” style horizons in the plan's own prose, starting at the issue year;
 *  5. a “十四五” mention in the preamble.
 */
import type { PlanPeriod } from "./types";
import { parseChineseNumber } from "./numerals";

/** N-th five-year plan → years. Valid from the 3rd plan (1966) on, which is all we meet. */
export function fiveYearPlanYears(ordinal: number): { startYear: number; endYear: number } | null {
  if (ordinal < 3 || ordinal > 30) return null;
  const startYear = 1966 + 5 * (ordinal - 3);
  return { startYear, endYear: startYear + 4 };
}

const FYP = /十([一二三四五六七八九])五/;

function fypIn(text: string) {
  const m = FYP.exec(text);
  return m ? fiveYearPlanYears(10 + (parseChineseNumber(m[1] ?? "") ?? 0)) : null;
}

export interface PeriodInput {
  title: string;
  /** Preamble and goal prose, where a plan states its horizon. */
  leadText: string;
  /** Everything else in the plan body. */
  bodyText: string;
  issueYear: number | null;
}

export function detectPeriod(input: PeriodInput): PlanPeriod | null {
  const title = input.title.replace(/\s+/g, "");
  const range = /(\d{4})年?[-—–~～至到]{1,2}(\d{4})年?/.exec(title);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (b >= a && b - a <= 20) return { startYear: a, endYear: b, basis: "title-range" };
  }
  const fyp = fypIn(title);
  if (fyp) return { ...fyp, basis: "five-year-plan" };
  const single = /(\d{4})年度?/.exec(title);
  if (single) {
    const y = Number(single[1]);
    return { startYear: y, endYear: y, basis: "title-year" };
  }

  const horizon = (text: string): number | null => {
    let best: number | null = null;
    for (const m of text.replace(/\s+/g, "").matchAll(/(?:到|至)(\d{4})年/g)) {
      const y = Number(m[1]);
      if (input.issueYear !== null && (y < input.issueYear || y > input.issueYear + 20)) continue;
      best = best === null ? y : Math.max(best, y);
    }
    return best;
  };
  const end = horizon(input.leadText) ?? horizon(input.bodyText);
  if (end !== null) {
    const start = input.issueYear !== null && input.issueYear <= end ? input.issueYear : end;
    return { startYear: start, endYear: end, basis: "text" };
  }
  const leadFyp = fypIn(input.leadText.replace(/\s+/g, ""));
  if (leadFyp && /规划/.test(title)) return { ...leadFyp, basis: "five-year-plan" };
  if (input.issueYear !== null) return { startYear: input.issueYear, endYear: input.issueYear, basis: "issue-year" };
  return null;
}
