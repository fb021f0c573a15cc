/**
 * 小学 | 初中 under year columns that each span two (义务教育巩固率 for each
 * school stage): a header row of labels, none of them a year. Each label makes
 * indicators of its own, 义务教育巩固率（小学）, from the columns under it and the
 * columns every label shares (指标, 单位, 属性). Read as data, the row was an
 * indicator named after the header, and every column but the first label's
 * was lost.
 */
import type { TableRow } from "../blocks";
import type { Indicator, ParseWarning } from "../types";

/** A short label: a school stage, an area (城区 | 农村), a kind (公办 | 民办); never a number. */
const SUB_LABEL = /^[\p{Script=Han}A-Za-z（）()·]{1,10}$/u;
/** 基期 | 目标 under a year say which value a column holds: not labels of indicators of their own. */
const VALUE_WORD = /(基期|现状|基数|基准|目标|规划|预期|实际|完成)/;

export interface SubColumns {
  /** Per column: its label, or "" for a column every label shares. */
  labels: string[];
  /** The labels in order of first appearance. */
  distinct: string[];
}

/**
 * The row under the header when it is such a row: blank or merged from above
 * under the shared columns (the name's included), at least two different
 * labels, no number anywhere.
 */
export function subColumnRow(row: TableRow | undefined, nameColumn: number): SubColumns | null {
  if (!row) return null;
  const labels: string[] = [];
  for (const c of row.cells) {
    const text = c.text.replace(/\s+/g, "");
    if (c.merged === "above" || text === "") labels.push("");
    else if (c.merged === "left" || !SUB_LABEL.test(text) || VALUE_WORD.test(text)) return null;
    else labels.push(text);
  }
  const distinct = [...new Set(labels.filter(Boolean))];
  if (distinct.length < 2 || (labels[nameColumn] ?? "") !== "") return null;
  return { labels, distinct };
}

/** The header's cells with a label spanning several sub-columns written over each of them. */
export function spreadHeader(cells: readonly string[], sub: SubColumns): string[] {
  const out: string[] = [];
  cells.forEach((c, j) => out.push(c === "" && sub.labels[j] ? (out[j - 1] ?? "") : c));
  return out;
}

/** One label's columns and the shared ones, as the tabbed line the indicator reader takes. */
export function columnsOf(cells: readonly string[], sub: SubColumns, label: string): string {
  return cells.filter((_, j) => (sub.labels[j] ?? "") === "" || sub.labels[j] === label).join("\t");
}

/** Each label's indicators, renamed after it, in the table's row order; each warning once. */
export function mergeByLabel(parts: { label: string; indicators: Indicator[]; warnings: ParseWarning[] }[]): {
  indicators: Indicator[];
  warnings: ParseWarning[];
} {
  const named = parts.flatMap(({ label, indicators }, order) => indicators.map((i) => ({ order, indicator: { ...i, name: `${i.name}（${label}）` } })));
  named.sort((a, b) => a.indicator.line - b.indicator.line || a.order - b.order);
  const warnings = new Map(parts.flatMap((p) => p.warnings).map((w) => [`${w.line}:${w.message}`, w]));
  return { indicators: named.map((n) => n.indicator), warnings: [...warnings.values()] };
}
