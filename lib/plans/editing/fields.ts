// Field parsers shared by the editing schemas. Form posts carry strings; a
// hostile or scripted caller may send numbers or arrays instead, so every
// parser accepts both and answers in Chinese.
import { z } from "zod";

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** Full-width digits and punctuation typed with a Chinese IME → ASCII. */
function toAscii(s: string): string {
  return s.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function numericText(v: unknown): unknown {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "NaN";
  if (typeof v !== "string") return v;
  const s = toAscii(v).replace(/[\s,，]/g, "");
  return s === "" ? undefined : s;
}

export const id = (message = "记录不存在或无权访问") => z.uuid({ error: message });

export const optionalId = (message?: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), id(message).optional());

export function requiredText(emptyMessage: string, max: number, tooLong = "内容过长") {
  return z.string({ error: emptyMessage }).trim().min(1, { error: emptyMessage }).max(max, { error: tooLong });
}

/** Blank → null, so clearing a field clears the column. */
export function optionalText(max: number, tooLong = "内容过长") {
  return z
    .preprocess((v) => (v === undefined || v === null ? "" : v), z.string({ error: "格式不正确" }).trim().max(max, { error: tooLong }))
    .transform((s) => (s === "" ? null : s));
}

function toInt(v: unknown): unknown {
  const s = numericText(v);
  if (typeof s !== "string") return s;
  return /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
}

function int(message: string, min: number, max: number) {
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

const YEAR_MESSAGE = `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间`;
export const year = (message = YEAR_MESSAGE) => z.preprocess(toInt, int(message, MIN_YEAR, MAX_YEAR));
export const optionalYear = (message = YEAR_MESSAGE) => z.preprocess(toInt, int(message, MIN_YEAR, MAX_YEAR).optional());
export const integer = (message: string, min: number, max: number) => z.preprocess(toInt, int(message, min, max));

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DECIMAL_FITS = /^-?\d{1,14}(\.\d{1,4})?$/;

/** A Decimal(18,4) value as canonical text (exact; never through a float). */
export const optionalDecimal = () =>
  z.preprocess(
    numericText,
    z
      .string({ error: "请输入数字" })
      .regex(DECIMAL, { error: "请输入数字", abort: true })
      .regex(DECIMAL_FITS, { error: "数值超出范围（最多 14 位整数、4 位小数）" })
      .optional(),
  );

/** Compares two canonical decimal strings exactly. */
export function compareDecimal(a: string, b: string): number {
  const scaled = (s: string) => {
    const [int = "0", frac = ""] = s.replace("-", "").split(".");
    const n = BigInt(int + frac.padEnd(4, "0").slice(0, 4));
    return s.startsWith("-") ? -n : n;
  };
  const d = scaled(a) - scaled(b);
  return d === 0n ? 0 : d > 0n ? 1 : -1;
}

/** A textarea (one item a line) or an array; blank lines dropped. */
export function lines(v: unknown): unknown {
  const items = typeof v === "string" ? v.split(/\r?\n/) : Array.isArray(v) ? v : v === undefined || v === null ? [] : v;
  return Array.isArray(items) ? items.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "") : items;
}

/** Names separated by 、，, or whitespace (or already an array); duplicates dropped. */
export function names(v: unknown): unknown {
  const items = typeof v === "string" ? v.split(/[、，,;；\s]+/) : Array.isArray(v) ? v : v === undefined || v === null ? [] : v;
  if (!Array.isArray(items)) return items;
  const trimmed = items.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
  return [...new Set(trimmed)];
}

export function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}
