// A worksheet cell as a person reads it on screen: 85% rather than 0.85,
// 2025年6月30日 rather than a serial number or an ISO timestamp, 1 234.50 as
// its format shows it. Number formats are Excel's own language; numfmt
// (a maintained implementation of ECMA-376 formats) speaks it.
import { dateFromSerial, dateToSerial, format, getFormatDateInfo, isDateFormat } from "numfmt";
import type { PlainCell } from "@/lib/files/parse-jobs";

const GENERAL = /^(general|@)?$/i;

/** Excel keeps 15 significant digits; past them a stored double only shows noise (0.30000000000000004). */
const generalNumber = (value: number) => String(Number(value.toPrecision(15)));

/** A calendar date as Chinese documents write it; deadlines are read from this form. */
const chineseDate = (year: number, month: number, day: number) => `${year}年${month}月${day}日`;

function dateText(date: Date, numFmt: string | undefined): string {
  // exceljs hands dates over as UTC midnight of the date shown.
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  if (!Number.isFinite(y)) return "";
  const parts = numFmt ? dateParts(numFmt) : null;
  // A whole date (whatever its separators) reads as 2025年6月30日; a month or a
  // time is shown as formatted (2025年6月, 6月30日, 9时30分), not widened to a day.
  if (!parts || (parts.year && parts.month && parts.day && !parts.hours)) return chineseDate(y, m, d);
  // As a serial of its UTC fields: numfmt would read a Date in the server's time zone.
  const serial = dateToSerial([y, m, d, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]);
  return (serial !== undefined && safeFormat(numFmt!, serial)) || chineseDate(y, m, d);
}

/** Which date parts a format shows; null for a number format, or one numfmt cannot read. */
function dateParts(numFmt: string) {
  try {
    return isDateFormat(numFmt) ? getFormatDateInfo(numFmt) : null;
  } catch {
    return null;
  }
}

/** null for a format numfmt cannot read (a hand-typed one Excel itself would reject). */
function safeFormat(numFmt: string, value: number): string | null {
  try {
    return format(numFmt, value, { locale: "zh-CN" }).trim();
  } catch {
    return null;
  }
}

function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return "";
  if (!numFmt || GENERAL.test(numFmt.trim())) return generalNumber(value);
  // A date format on a number exceljs did not turn into a date (an id it did not know).
  if (dateParts(numFmt) && value > 0 && value < 2_958_466) {
    const [y, m, d, hh, mm, ss] = dateFromSerial(value);
    return dateText(new Date(Date.UTC(y, m - 1, d, hh, mm, ss)), numFmt);
  }
  return safeFormat(numFmt, value) ?? generalNumber(value);
}

/** Line breaks as "\n" (Excel writes \r\n, and _x000D_ in shared strings), each line trimmed. */
function plainText(text: string): string {
  return text
    .replace(/_x000D_/gi, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

export function cellText(cell: PlainCell): string {
  const { value, numFmt } = cell;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return plainText(String(value));
}
