/**
 * Indicator tables inside the body: a header line opens one, and rows are
 * taken while they still look like rows of that header. The rows are parsed
 * later (indicators-table.ts), once the plan's period is known.
 */
import type { SourceLine } from "./normalize";
import { looksLikeTableRow, parseIndicatorHeader, type IndicatorHeader } from "./indicators-table";
import type { TableBlock } from "./tree";

/**
 * A category row (“学前教育”, “义务教育阶段”) is a bare group name between
 * tabbed rows, one cell without tabs. Group names are a few words; a longer
 * untabbed line right after a table is the prose that follows it.
 */
const CATEGORY_ROW_MAX_CHARS = 16;

/** A header line: tab-separated cells, or a space-separated row that starts with 指标. */
export function tableHeaderOf(line: SourceLine): IndicatorHeader | null {
  if (!line.text.includes("\t") && !/^指标\s/.test(line.text)) return null;
  return parseIndicatorHeader(line.text);
}

function isCategoryRow(table: TableBlock, line: SourceLine, next: SourceLine | undefined): boolean {
  return (
    table.header.tabbed &&
    line.text.length <= CATEGORY_ROW_MAX_CHARS &&
    !/[。，；,;]/.test(line.text) &&
    next !== undefined &&
    looksLikeTableRow(next.text, table.header)
  );
}

/** The line is a row of the open table (a category row only when a real row follows it). */
export function continuesTable(table: TableBlock, line: SourceLine, next: SourceLine | undefined): boolean {
  return looksLikeTableRow(line.text, table.header) || isCategoryRow(table, line, next);
}
