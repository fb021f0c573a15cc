/**
 * A task's deadline as written (完成时限：2025年6月底前) → the date it names.
 *
 * Every date-like phrase in the text is read (a day, a month, a quarter, a
 * half-year, a year's end, the start of a school term); a phrase without a
 * year takes the year written before it in the same text, else the plan's
 * year. Decisions where documents leave room:
 * - several dates (2025年3月—6月, 2025年6月、12月): the latest, because the
 *   task is done when its last stage is; a list (not a range) gets a warning;
 * - no year written, plan spanning several years: its first year, with a warning;
 * - 全年 / 长期 / 持续推进 / 常态化 / 每季度 …: ongoing, no date, unless the
 *   text also names a date more precise than a bare year (the date wins); a reporting rhythm after
 *   a date (7月至8月，每周报送一次进展) is no recurrence of the task;
 * - 秋季开学前 / 秋季学期前 → 08-31, 春季开学前 / 春季学期前 → last day of February, 9月开学前 → 08-31, 暑假前 → 06-30,
 *   寒假前 → 01-15 of the plan's year (vacations vary by place: warning);
 * - 2025年起 / 2025年开始 is a start, not a deadline.
 * Never throws: anything unreadable is a null date with a warning.
 */
import { parseChineseDigits, parseChineseNumber } from "./numerals";
import { fiveYearPlanYears } from "./period";

export interface DeadlineContext {
  /** The plan's years (period, or the issue year); null when unknown. */
  startYear: number | null;
  endYear: number | null;
  /**
   * A 学年 plan (2024—2025学年度): August to December are its first year, January to July its
   * second; a 第二学期 plan's months are all in the second (its 9月 is the next term's opening).
   */
  schoolYear?: "whole" | "spring" | null;
}

export interface ResolvedDeadline {
  /** YYYY-MM-DD, or null when the text names no single date. */
  dueDate: string | null;
  ongoing: boolean;
  warning?: string;
}

type DateOf = (year: number) => { month: number; day: number } | null;

interface Mention {
  start: number;
  end: number;
  /** Explicit year, or a year relative to the plan's (次年 → +1). */
  year: number | null;
  relative: number | null;
  date: DateOf;
  /** A bare year (2025年) or span of years: a date, but less precise than 全年 / 长期 say. */
  imprecise: boolean;
  note?: string;
  /** Years after the plan's when no year is written: a yearly plan's 春节前 is the coming one. */
  nextWhenUnwritten?: boolean;
}

const RELATIVE: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 本年度: 0, 次年: 1, 明年: 1, 翌年: 1, 下一年: 1 };
const RELATIVE_WORDS = "本年度|今年|本年|当年|次年|明年|翌年|下一年";
/** Optional year before a phrase: groups 1 (digits) and 2 (relative word). */
const YEAR = String.raw`(?:(\d{4})年度?|(${RELATIVE_WORDS}))?`;
/** Same, required. */
const YEAR_REQUIRED = String.raw`(?:(\d{4})年度?|(${RELATIVE_WORDS}))`;
/** 全年 / 长期 / 持续: ongoing unless a precise date is also written. */
const ONGOING = /全年|长期|持续|常态|长效|贯穿/;
/** A reporting rhythm after the date (，每周报送一次进展 / ；每月25日前上报进度 / （每月5日前报送进展）). */
const REPORTING_RHYTHM =
  /[，,；;（(]\s*(?:每个?(?:周|月|季度|半月|旬)|定期|按月|按季度?)[^，,；;。）)]{0,12}?(?:报送|上报|报告|反馈|调度)[^，,；;。）)]*[）)]?/g;
/** A month right after a term's name (秋季学期11月底前). */
const MONTH_NEXT = String.raw`\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})月`;
/** A recurrence (每季度, 每年12月底前) is ongoing even with a date in it. */
const RECURRING = /每个?(?:季度|月|学期|学年|年|周|半年)|按(?:季度|月|学期|年)|定期|逐年/;
/** 整改清单's “at once”: no date to read, and not ongoing either. */
const IMMEDIATE = /立行立改|即知即改|立查立改|即查即改|立即整改|马上就改/;
/** A year in brackets after a date that has none (9月底前（2023年）): that date's year. */
const YEAR_AFTER = /^[^（()）\d]{0,6}?[（(](\d{4})年度?[)）]/;
/** After a year: a start (2025年起), not a deadline. */
const START_MARK = /^(?:起|开始|以来|至今)/;

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Full-width forms read as half-width; Chinese numerals in dates as digits. */
export function normalizeDeadlineText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[〇零○一二三四五六七八九]{4}(?=年)/g, (y) => String(parseChineseDigits(y.replace(/○/g, "〇")) ?? y))
    .replace(/[一二三四五六七八九十]{1,3}(?=月|日|号)/g, (n) => String(parseChineseNumber(n) ?? n));
}

function dayIn(month: number, day: number | "last"): DateOf {
  return (year) => {
    if (!(month >= 1 && month <= 12)) return null;
    const last = lastDayOfMonth(year, month);
    const d = day === "last" ? last : day;
    return d >= 1 && d <= last ? { month, day: d } : null;
  };
}

const MONTH_PART: Record<string, number | "last"> = { 上旬: 10, 初: 10, 中旬: 20, 下旬: "last", 底: "last", 末: "last" };
const QUARTER_END: Record<string, number> = { "1": 3, 一: 3, "2": 6, 二: 6, "3": 9, 三: 9, "4": 12, 四: 12 };

interface Pattern {
  re: RegExp;
  date: (m: RegExpExecArray) => DateOf;
  /** Where the year is, when not in YEAR's groups 1–2. */
  year?: (m: RegExpExecArray) => number;
  imprecise?: boolean;
  note?: string;
  nextWhenUnwritten?: boolean;
}

const yearFirst = (m: RegExpExecArray) => Number(m[1]);
/** 十三五 → 2020, 十四五 → 2025, 十五五 → 2030. */
const fiveYearPlanEnd = (numeral: string) => fiveYearPlanYears(10 + (parseChineseNumber(numeral) ?? 0))?.endYear ?? 0;
const PATTERNS: Pattern[] = [
  { re: /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g, year: yearFirst, date: (m) => dayIn(Number(m[2]), Number(m[3])) },
  { re: /(\d{4})[-./](\d{1,2})(?![-./\d])/g, year: yearFirst, date: (m) => dayIn(Number(m[2]), "last") },
  { re: new RegExp(String.raw`${YEAR}(\d{1,2})月(\d{1,2})[日号]`, "g"), date: (m) => dayIn(Number(m[3]), Number(m[4])) },
  { re: new RegExp(String.raw`${YEAR}(\d{1,2})月份?(上旬|中旬|下旬|初|底|末)?`, "g"), date: (m) => dayIn(Number(m[3]), MONTH_PART[m[4] ?? "底"] ?? "last") },
  { re: new RegExp(String.raw`${YEAR}第?([1-4一二三四])季度`, "g"), date: (m) => dayIn(QUARTER_END[m[3] ?? ""] ?? 0, "last") },
  { re: new RegExp(String.raw`${YEAR}(上|下)半年`, "g"), date: (m) => dayIn(m[3] === "上" ? 6 : 12, "last") },
  { re: new RegExp(String.raw`${YEAR}年中(?![小学职专等考高])`, "g"), date: () => dayIn(6, "last") },
  { re: new RegExp(String.raw`${YEAR}(?:年底|年末|年内)`, "g"), date: () => dayIn(12, "last") },
  { re: new RegExp(String.raw`${YEAR_REQUIRED}(?:底|末|内)`, "g"), date: () => dayIn(12, "last") },
  { re: /(\d{4})年?[-—–~～至到]+(\d{4})年/g, year: (m) => Number(m[2]), date: () => dayIn(12, "last"), imprecise: true },
  {
    re: /(\d{4})年?[-—–~～至到]+(\d{4})学年度?第?(?:一|1|上)学期(?:末|结束)?/g,
    year: (m) => Number(m[2]),
    date: () => dayIn(1, 31),
    note: "各地学期日期不同，学年第一学期已按次年1月31日计，请核对",
  },
  {
    re: /(\d{4})年?[-—–~～至到]+(\d{4})学年度?/g,
    year: (m) => Number(m[2]),
    date: () => dayIn(7, 15),
    note: "各地学期日期不同，学年已按次年7月15日（春季学期结束）计，请核对",
  },
  // “十四五”末 / 期间 / 时期: the last year of that five-year plan (十四五 → 2025).
  {
    re: /[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?(?:期末|末|期间|时期|期内)/g,
    year: (m) => fiveYearPlanEnd(m[1] ?? ""),
    date: () => dayIn(12, "last"),
    imprecise: true,
  },
  { re: new RegExp(String.raw`${YEAR}Q([1-4])`, "g"), date: (m) => dayIn(QUARTER_END[m[3] ?? ""] ?? 0, "last") },
  { re: new RegExp(String.raw`${YEAR_REQUIRED}(?!起|开始|以来|至今)`, "g"), date: () => dayIn(12, "last"), imprecise: true },
  // A school opens its new building at the start of the autumn term: 秋季学期投入使用 is before the term, not its end.
  {
    re: new RegExp(String.raw`${YEAR}秋季(?:学期)?(?=投入使用|投用|启用|开学使用|正式招生)`, "g"),
    date: () => dayIn(8, 31),
    note: "“秋季学期投入使用”已按8月31日（秋季开学前）计，请核对",
  },
  { re: new RegExp(String.raw`${YEAR}秋季(?:学期)?开学`, "g"), date: () => dayIn(8, 31) },
  // 2025年秋季学期前: before the term starts, as 秋季开学前; 春季学期前 likewise.
  { re: new RegExp(String.raw`${YEAR}秋季学期(?:前|之前)`, "g"), date: () => dayIn(8, 31) },
  { re: new RegExp(String.raw`${YEAR}春季学期(?:前|之前)`, "g"), date: () => dayIn(2, "last") },
  // 9月开学前 / 3月份开学前: before school opens that month, so the end of the month before.
  {
    re: new RegExp(String.raw`${YEAR}(1[0-2]|0?[2-9])月份?开学(?:前|之前)(?!后)`, "g"),
    date: (m) => dayIn(Number(m[3]) - 1, "last"),
  },
  { re: new RegExp(String.raw`${YEAR}春季(?:学期)?开学`, "g"), date: () => dayIn(2, "last") },
  {
    // 春季学期5月底前: the month says when; the term only which half of the year.
    re: new RegExp(String.raw`${YEAR}春季?学期(?!开学|${MONTH_NEXT})(?:末|结束)?`, "g"),
    date: () => dayIn(7, 15),
    note: "各地学期日期不同，“春季学期”已按7月15日（学期结束）计，请核对",
  },
  {
    re: new RegExp(String.raw`${YEAR}秋季?学期(?!开学|${MONTH_NEXT})(?:末|结束)?`, "g"),
    date: () => dayIn(12, "last"),
    note: "秋季学期一般到次年1月结束，已按当年12月31日计，请核对",
  },
  { re: new RegExp(String.raw`${YEAR}(?:暑假|暑期)前`, "g"), date: () => dayIn(6, 30), note: "各地暑假日期不同，“暑假前”已按6月30日计，请核对" },
  {
    re: new RegExp(String.raw`${YEAR}(?:暑假|暑期)(?!前)(?:期间|内|中)?`, "g"),
    date: () => dayIn(8, 31),
    note: "各地暑假日期不同，暑期已按8月31日（暑假结束）计，请核对",
  },
  { re: new RegExp(String.raw`${YEAR}寒假前`, "g"), date: () => dayIn(1, 15), note: "各地寒假日期不同，“寒假前”已按1月15日计，请核对" },
  { re: new RegExp(String.raw`${YEAR}(?:国庆节?|十一)(?:前|之前)`, "g"), date: () => dayIn(9, 30) },
  { re: new RegExp(String.raw`${YEAR}教师节(?:前|之前)`, "g"), date: () => dayIn(9, 10) },
  { re: new RegExp(String.raw`${YEAR}(?:五一|劳动节)(?:前|之前)`, "g"), date: () => dayIn(4, 30) },
  { re: new RegExp(String.raw`${YEAR}高考(?:前|之前)`, "g"), date: () => dayIn(6, 6) },
  { re: new RegExp(String.raw`${YEAR}中考(?:前|之前)`, "g"), date: () => dayIn(6, 15), note: "各地中考日期不同，“中考前”已按6月15日计，请核对" },
  {
    re: new RegExp(String.raw`${YEAR}春节(?:前|之前)`, "g"),
    date: () => springFestivalEve,
    note: "“春节前”已按农历除夕计（未写年份按规划次年，未知年份按1月31日），请核对",
    nextWhenUnwritten: true,
  },
];

/** 春节 (正月初一) of the years plans are written for; the eve is the day before. */
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
};

function springFestivalEve(year: number): { month: number; day: number } {
  const festival = SPRING_FESTIVAL[year];
  if (!festival) return { month: 1, day: 31 };
  const eve = new Date(Date.UTC(year, festival[0] - 1, festival[1] - 1));
  return { month: eve.getUTCMonth() + 1, day: eve.getUTCDate() };
}

function findMentions(s: string): Mention[] {
  const found: Mention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const year = p.year ? p.year(m) : m[1] ? Number(m[1]) : null;
      const relative = !p.year && m[2] ? (RELATIVE[m[2]] ?? null) : null;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        year,
        relative,
        date: p.date(m),
        imprecise: p.imprecise ?? false,
        note: p.note,
        nextWhenUnwritten: p.nextWhenUnwritten,
      });
    }
  }
  // Where phrases overlap the longest wins (2025年6月 over 2025年).
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/**
 * Whether the text names a deadline the resolver reads: a date, 长期 / 每学期,
 * or 立行立改. The one vocabulary of deadline words: other readers (a role
 * bracket's date, a deadline cell's lines) ask here.
 */
export function namesDeadline(text: string): boolean {
  const s = normalizeDeadlineText(text);
  return findMentions(s).length > 0 || ONGOING.test(s) || RECURRING.test(s) || IMMEDIATE.test(s);
}

/** Whether the text starts with a deadline of its own (2024年12月, 6月底前, 长期坚持), not the rest of one. */
export function startsWithDeadline(text: string): boolean {
  const s = normalizeDeadlineText(text);
  return findMentions(s)[0]?.start === 0 || [ONGOING, RECURRING, IMMEDIATE].some((re) => re.exec(s)?.index === 0);
}

export function resolveDeadline(text: string, context: DeadlineContext): ResolvedDeadline {
  try {
    return resolve(typeof text === "string" ? text : "", context);
  } catch {
    return { dueDate: null, ongoing: false, warning: "未能识别完成时限，请在预览中填写" };
  }
}

/** The month a school year starts in (秋季学期, 9月; August is its preparation). */
const SCHOOL_YEAR_STARTS = 8;

function resolve(text: string, context: DeadlineContext): ResolvedDeadline {
  const s = normalizeDeadlineText(text);
  if (!s) return { dueDate: null, ongoing: false };
  const planYear = context.startYear;
  const multiYear = planYear !== null && context.endYear !== null && context.endYear > planYear;
  const notes: string[] = [];
  /** qualifier: a bare year whose year the next date took (2025年，9月底前): it names no date itself. */
  const dates: { iso: string; imprecise: boolean; qualifier?: boolean }[] = [];

  let carried: number | null = null;
  /** Where a bracketed year that belongs to the date before it starts: 9月底前（2023年）. */
  const yearsTaken = new Set<number>();
  for (const m of findMentions(s)) {
    if (yearsTaken.has(m.start)) continue;
    const after = m.year === null && m.relative === null ? YEAR_AFTER.exec(s.slice(m.end)) : null;
    if (after?.[1]) {
      m.year = Number(after[1]);
      yearsTaken.add(m.end + after[0].lastIndexOf(after[1]));
    }
    const written = m.year ?? (m.relative !== null && planYear !== null ? planYear + m.relative : null);
    const before = dates[dates.length - 1];
    if (written === null && carried !== null && before?.imprecise) before.qualifier = true;
    if (written !== null) carried = written;
    if (START_MARK.test(s.slice(m.end))) continue;
    let year = written ?? carried;
    if (year === null) {
      if (planYear === null) {
        notes.push("未写年份，且未能确定规划年度，请填写完成日期");
        continue;
      }
      // A plan issued in spring for its year: the 春节 before it has passed.
      year = planYear + (m.nextWhenUnwritten ? 1 : 0);
      const inSchoolYear = context.schoolYear && context.endYear === planYear + 1 ? m.date(planYear) : null;
      if (inSchoolYear) year = context.schoolYear === "whole" && inSchoolYear.month >= SCHOOL_YEAR_STARTS ? planYear : planYear + 1;
      else if (multiYear) notes.push(`规划跨多年，未写年份的时间已按首年${planYear}年计，请核对`);
    }
    const d = year >= 1949 && year <= 2100 ? m.date(year) : null;
    if (!d) {
      notes.push(`“${s.slice(m.start, m.end)}”不是有效日期`);
      continue;
    }
    if (m.note) notes.push(m.note);
    dates.push({ iso: iso(year, d.month, d.day), imprecise: m.imprecise });
  }

  const withNotes = (result: ResolvedDeadline, extra: string[] = []): ResolvedDeadline => {
    // A few notes are enough to send the reader to the text; a warning stays short.
    const all = [...new Set([...notes, ...extra])].slice(0, 3);
    return all.length ? { ...result, warning: all.join("；") } : result;
  };
  const precise = dates.some((d) => !d.imprecise);
  // Ongoing names no date, so notes about dates would only confuse.
  // 7月至8月，每周报送一次进展: how often progress is reported, after the date, is no recurrence of the task.
  const recurring = RECURRING.test(precise ? s.replace(REPORTING_RHYTHM, "") : s);
  if (recurring || (ONGOING.test(s) && !precise)) return { dueDate: null, ongoing: true };
  if (dates.length === 0) {
    const noDate = IMMEDIATE.test(s) ? "“立行立改”没有具体日期，请填写整改完成日期" : "未能识别出日期，请填写完成日期";
    return withNotes({ dueDate: null, ongoing: false }, notes.length ? [] : [noDate]);
  }
  const counted = dates.filter((d) => !d.qualifier);
  const latest = counted.map((d) => d.iso).reduce((a, b) => (b > a ? b : a));
  const several = new Set(counted.map((d) => d.iso)).size > 1 && !/[-—–~～至到]/.test(s);
  return withNotes({ dueDate: latest, ongoing: false }, several ? [`含多个时间，已取最晚的${latest}`] : []);
}
