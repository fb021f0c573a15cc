/**
 * 主要指标表 (指标 | 2020年 | 2025年 | 属性) from a table block: the rows are
 * written out as the tab-separated lines indicators-table.ts already reads,
 * with their document lines, so a table read from Word, PDF or a .txt gives
 * the same indicators. A row spanning the table is a category (学前教育).
 */
import type { TableBlock, TableRow } from "../blocks";
import type { SourceLine } from "../normalize";
import { normalizeLine } from "../normalize";
import { parseIndicatorHeader, parseIndicatorRows, type IndicatorHeader } from "../indicators-table";
import type { Recogniser } from "./context";
import { columnRole } from "./columns";
import { isRepeatedHeader, rowIsEmpty, rowKey, type Header } from "./grid";
import { columnsOf, mergeByLabel, spreadHeader, subColumnRow, type SubColumns } from "./indicator-sub-columns";

/** Cells as tab-separated text; a cell merged from the left is empty, so a spanning row has one filled cell. */
function tabbed(row: TableRow): string {
  return row.cells.map((c) => (c.merged === "left" ? "" : normalizeLine((c.text ?? "").replace(/\s*\n\s*/g, "")))).join("\t");
}

const HEADER_SEARCH_ROWS = 6;

/** A header's second row gives the years: 基期值 | 目标值 over 2020年 | 2025年, the other cells merged down. */
const YEAR_LABEL = /^\d{4}\s*年?(?:底|末)?$/;

function yearsRowUnder(table: TableBlock, index: number): TableRow | null {
  const next = table.rows[index + 1];
  if (!next) return null;
  const cells = next.cells.map((c) => ({ merged: c.merged, text: c.text.replace(/\s+/g, "") }));
  const years = cells.filter((c) => !c.merged && YEAR_LABEL.test(c.text)).length;
  return years > 0 && cells.every((c) => c.merged === "above" || c.text === "" || (!c.merged && YEAR_LABEL.test(c.text))) ? next : null;
}

/** The header's cells, its years row (if any) written into the cells above: 基期值2020年. */
function headerCells(table: TableBlock, index: number): { cells: string[]; rows: number } {
  const row = table.rows[index] as TableRow;
  const years = yearsRowUnder(table, index);
  if (!years) return { cells: tabbed(row).split("\t"), rows: 1 };
  // A label merged across two year columns (目标值 over 2027年 | 2030年) is each column's.
  const labels = row.cells.map((c, j) => (c.merged === "left" ? labelLeftOf(row, j) : c.text));
  const cells = labels.map((label, j) => {
    const below = years.cells[j];
    const year = below && !below.merged ? below.text : "";
    return normalizeLine(`${label}${year}`.replace(/\s*\n\s*/g, ""));
  });
  return { cells, rows: 2 };
}

function labelLeftOf(row: TableRow, j: number): string {
  for (let k = j; k >= 0; k--) if (row.cells[k]?.merged !== "left") return row.cells[k]?.text ?? "";
  return "";
}

/** An indicator header at row `index`: its cells (years written in), what they mean, and a 小学 | 初中 row under it. */
function indicatorHeaderAt(table: TableBlock, index: number) {
  const head = headerCells(table, index);
  const parsed = parseIndicatorHeader(head.cells.join("\t"));
  if (!parsed) return null;
  const subRow = table.rows[index + head.rows];
  const sub = subColumnRow(subRow, nameColumnOf(parsed));
  return { ...head, parsed, sub, rowsUsed: head.rows + (sub ? 1 : 0) };
}

function nameColumnOf(header: IndicatorHeader): number {
  const column = header.columns.findIndex((c) => c.role === "name");
  return column < 0 ? 0 : column;
}

function match(table: TableBlock): Header | null {
  for (let i = 0; i < Math.min(table.rows.length, HEADER_SEARCH_ROWS); i++) {
    if ((table.rows[i] as TableRow).cells.length < 2) continue;
    const found = indicatorHeaderAt(table, i);
    if (!found) continue;
    const keys = new Set([rowKey(table.rows[i] as TableRow)]);
    if (found.sub) keys.add(rowKey(table.rows[i + found.rows] as TableRow));
    return { index: i, dataStart: i + found.rowsUsed, columns: [], keys };
  }
  return null;
}

/**
 * An indicator table whose header names years (指标 | 单位 | 2020年基数 | 2025年目标):
 * tried before the task tables, whose keywords it also holds (单位 reads as
 * units, 目标 as measures), so its rows never become tasks titled “92”.
 */
function matchWithYears(table: TableBlock): Header | null {
  const header = match(table);
  if (!header) return null;
  const row = table.rows[header.index] as TableRow;
  const parsed = indicatorHeaderAt(table, header.index)?.parsed;
  if (!parsed?.columns.some((c) => c.year !== null)) return null;
  // 任务名称 | 工作措施 | 2025年目标 | 责任单位: a task table with a year in one header. Only the
  // year columns, a bare 单位, 序号 and 类别 may read as a task table's columns here.
  const taskColumn = row.cells.some((c) => {
    const text = c.text.replace(/\s+/g, "");
    const role = /\d{4}/.test(text) || /^(计量)?单位$/.test(text) ? null : columnRole(text);
    return role !== null && role.kind !== "number" && role.kind !== "category";
  });
  return taskColumn ? null : header;
}

export const indicatorTable: Recogniser = {
  name: "indicators",
  match,
  read: (table, header, ctx) => {
    const found = indicatorHeaderAt(table, header.index);
    if (!found) return { kind: "indicators", indicators: [] };
    const rows: SourceLine[] = [];
    for (let i = header.dataStart; i < table.rows.length; i++) {
      const row = table.rows[i] as TableRow;
      if (!rowIsEmpty(row) && !isRepeatedHeader(row, header)) rows.push({ line: ctx.firstLine + i, text: tabbed(row) });
    }
    if (rows.length === 0) ctx.warnings.push({ line: ctx.firstLine + header.index, message: "指标表只有表头，没有数据行" });
    const parsed = found.sub ? readByLabel(found.cells, found.sub, rows, ctx.planEndYear) : parseIndicatorRows(found.parsed, rows, ctx.planEndYear);
    ctx.warnings.push(...parsed.warnings);
    return { kind: "indicators", indicators: parsed.indicators };
  },
};

/** A table with 小学 | 初中 under its years, read once per label (indicator-sub-columns.ts). */
function readByLabel(headerRow: string[], sub: SubColumns, rows: SourceLine[], planEndYear: number | null) {
  const spread = spreadHeader(headerRow, sub);
  const parts = sub.distinct.map((label) => {
    const header = parseIndicatorHeader(columnsOf(spread, sub, label));
    const own = rows.map((r) => ({ line: r.line, text: columnsOf(r.text.split("\t"), sub, label) }));
    return { label, ...(header ? parseIndicatorRows(header, own, planEndYear) : { indicators: [], warnings: [] }) };
  });
  return mergeByLabel(parts);
}

export const yearIndicatorTable: Recogniser = { ...indicatorTable, match: matchWithYears };
