/**
 * Indicator tables (“主要预期指标”): a header row such as 指标 / 2020 年 / 2025 年
 * followed by one row per indicator. Cells are tab-separated in extracted
 * text; when tabs were lost, the values are taken from the end of the row.
 */
import type { Comparator, Indicator, ParseWarning } from "./types";
import type { SourceLine } from "./normalize";
import { cleanProse } from "./text";
import { matchNumberedHeading } from "./headings";
import { comparatorOfWord, COMPARATOR_WORDS } from "./targets";

type Role = "name" | "category" | "unit" | "attribute" | "baseline" | "target" | "skip";

interface Column {
  role: Role;
  year: number | null;
}

export interface IndicatorHeader {
  columns: Column[];
  tabbed: boolean;
}

/** One cell per tab: an empty cell (no baseline given) must not shift the values after it. */
function splitCells(text: string, tabbed: boolean): string[] {
  return tabbed ? text.split(/\t/).map((c) => c.trim()) : text.split(/\s+/).filter(Boolean);
}

/** Recognise a header row; null when the row is not an indicator-table header. */
export function parseIndicatorHeader(text: string): IndicatorHeader | null {
  const tabbed = text.includes("\t");
  const cells = tabbed
    ? splitCells(text, true)
    : text
        .replace(/(\d{4})\s+年/g, "$1年")
        .split(/\s+/)
        .filter(Boolean);
  if (cells.length < 2) return null;
  if (!/(指标|项目|名称)/.test(cells[0] ?? "") && !cells.some((c) => /^(指标|指标名称)$/.test(c))) return null;
  const columns: Column[] = cells.map((c) => {
    const compact = c.replace(/\s+/g, "");
    // A year (2020年, 2025), not four digits of a phone number (0931-5225678) or of a code.
    const year = /(?<!\d)((?:19|20)\d{2})(?!\d)年?/.exec(compact);
    if (/^(序号|编号)$/.test(compact)) return { role: "skip", year: null };
    // 类别 | 指标名称 | …: the field each indicator belongs to, written on its row (merged down, or once above blanks).
    if (/^(指标)?(类别|类型|分类|领域)$/.test(compact)) return { role: "category", year: null };
    // 指标属性 names the attribute column, not the name column.
    if (/(属性|性质)/.test(compact)) return { role: "attribute", year: null };
    if (/(指标|项目|名称)/.test(compact) && !year) return { role: "name", year: null };
    if (/^(计量)?单位$/.test(compact)) return { role: "unit", year: null };
    if (year) return { role: "baseline", year: Number(year[1]) };
    if (/(基期|现状|基数|基准)/.test(compact)) return { role: "baseline", year: null };
    if (/(目标|规划|预期)/.test(compact)) return { role: "target", year: null };
    return { role: "skip", year: null };
  });
  const valueCols = columns.filter((c) => c.role === "baseline" || c.role === "target");
  if (valueCols.length === 0) return null;
  // With several year columns the last one is the target, the first the baseline.
  const yearCols = columns.filter((c) => c.role === "baseline" && c.year !== null);
  const lastYear = yearCols[yearCols.length - 1];
  if (lastYear && !columns.some((c) => c.role === "target")) lastYear.role = "target";
  return { columns, tabbed };
}

interface CellValue {
  value: number;
  unit: string | null;
  comparator: Comparator | null;
  min?: number;
  max?: number;
}

const CELL_COMPARATOR_WORD = new RegExp(`^(${COMPARATOR_WORDS})(?=[\\d.])`);
/** A cell that states nothing: —, /, 无. */
const NO_VALUE = /^[-—–/／无]*$/;

/** 下降2个百分点 / 提高5个百分点 / 减少3人: a change from the baseline, signed by its verb. */
const CHANGE_CELL = /^(下降|降低|减少|压减|缩小|回落)?(提高|提升|增加|增长|上升|扩大)?(\d+(?:\.\d+)?)(个百分点|百分点|[\u4e00-\u9fa5]{0,2})$/;
/** 17:1, the 生师比 way of writing a ratio: the first term is the value. */
const RATIO_CELL = /^(\d+(?:\.\d+)?)[:：]1$/;

const UNIT_TEXT = /^(%|‰|[个所名人年岁元台间次项天小时万亿平方米公里千克册本\/·]+)$/;

export function parseCell(raw: string): CellValue | null | "invalid" {
  // [85]: a 规划's cumulative value over its years, bracketed to set it apart from a level.
  let s = raw
    .replace(/\s+/g, "")
    .replace(/^[[［〔]([^\]］〕]+)[\]］〕]/, "$1")
    .replace(/^[（(](\d[^（）()]*)[)）]$/, "$1")
    // 累计15, 15（累计）, 100（保持）: words around the figure that change nothing it is compared by.
    .replace(/^(累计|力争|达到|保持在|保持|稳定在|达)(?=\d)/, "")
    .replace(/[（(](累计|保持|力争|预期)[)）]$/, "");
  if (NO_VALUE.test(s)) return null;
  const change = CHANGE_CELL.exec(s);
  if (change && (change[1] || change[2])) return { value: (change[1] ? -1 : 1) * Number(change[3]), unit: null, comparator: "change" };
  s = s.replace(RATIO_CELL, "$1:1");
  let comparator: Comparator | null = null;
  // 不低于22 / 不超过45: the word before the figure says how it is compared.
  const word = CELL_COMPARATOR_WORD.exec(s);
  if (word) {
    comparator = comparatorOfWord(word[1]!);
    s = s.slice(word[1]!.length);
  }
  const suffix = /(以上|以下|以内|左右)$/.exec(s);
  if (suffix) {
    comparator = suffix[1] === "以上" ? ">=" : suffix[1] === "左右" ? null : "<=";
    s = s.slice(0, -2);
  }
  const m = /^(≥|≤|>=|<=|＞|＜|>|<)?(\d+(?:\.\d+)?)(?:(?:-|—|–|~|～|至)(\d+(?:\.\d+)?))?(%|‰|:1|[\u4e00-\u9fa5/]{0,4})?$/.exec(s);
  if (!m) return "invalid";
  const sign = m[1];
  if (sign) comparator = /[≥>＞]/.test(sign) ? ">=" : "<=";
  const value = Number(m[2]);
  const out: CellValue = { value, unit: m[4] ? m[4] : null, comparator };
  if (m[3] !== undefined) {
    const max = Number(m[3]);
    out.min = Math.min(value, max);
    out.max = Math.max(value, max);
    out.value = out.min;
    out.comparator = "range";
  }
  return out;
}

/** “学前三年毛入园率（%）” → name 学前三年毛入园率, unit %. */
export function splitNameUnit(raw: string): { name: string; unit: string | null } {
  const name = cleanProse(raw);
  const m = /^(.*?)[（(]\s*([^（）()]{1,8})\s*[)）]$/.exec(name);
  if (m && UNIT_TEXT.test(m[2] ?? "")) return { name: (m[1] ?? "").trim(), unit: m[2] ?? null };
  return { name, unit: null };
}

// Rates that should fall. Kept deliberately short: everything else defaults to ≥.
const LOWER_IS_BETTER = /(近视率|肥胖率|辍学率|流失率|大班额|发生率|生师比|班额)/;

export function parseIndicatorRows(
  header: IndicatorHeader,
  rows: SourceLine[],
  planEndYear: number | null,
): { indicators: Indicator[]; warnings: ParseWarning[] } {
  const indicators: Indicator[] = [];
  const warnings: ParseWarning[] = [];
  const cols = header.columns;
  const valueCount = cols.filter((c) => c.role !== "name").length;
  let category: string | null = null;
  for (const row of rows) {
    let cells = splitCells(row.text, header.tabbed);
    if (!header.tabbed && cells.length > valueCount + 1) {
      // Space-separated row: the name may itself contain spaces; values are at the end.
      cells = [cells.slice(0, cells.length - valueCount).join(""), ...cells.slice(cells.length - valueCount)];
    }
    const get = (role: Role) => {
      const i = cols.findIndex((c) => c.role === role);
      return i >= 0 ? { text: cells[i] ?? "", col: cols[i] } : null;
    };
    const nameCell = get("name") ?? { text: cells[0] ?? "", col: cols[0] };
    const ownCategory = cleanProse(get("category")?.text ?? "");
    if (ownCategory) category = ownCategory;
    const filled = cells.filter((c) => c.trim()).length;
    if (filled <= 1) {
      // 一、学前教育 across the table, written in its first cell (序号) or under 指标名称.
      const text = cleanProse(cells.find((c) => c.trim()) ?? "");
      category = (matchNumberedHeading(text)?.rest ?? text) || category;
      continue;
    }
    const { name, unit: nameUnit } = splitNameUnit(nameCell.text);
    const base = get("baseline");
    const tgt = get("target");
    const b = base ? parseCell(base.text) : null;
    const t = tgt ? parseCell(tgt.text) : null;
    if (b === "invalid" || t === "invalid") {
      warnings.push({ line: row.line, message: `指标表行无法解析数值：“${row.text.replace(/\t+/g, " / ")}”` });
    }
    const unitCell = get("unit");
    // A unit cell of — / 无 (a count of nothing in particular) states no unit.
    const unitText = unitCell && !NO_VALUE.test(unitCell.text.replace(/\s+/g, "")) ? cleanProse(unitCell.text) : null;
    const unit = nameUnit ?? unitText ?? (t && t !== "invalid" ? t.unit : null) ?? (b && b !== "invalid" ? b.unit : null);
    const indicator: Indicator = {
      name,
      unit,
      category,
      baseline: b && b !== "invalid" ? { value: b.value, year: base?.col?.year ?? null } : null,
      target: null,
      attribute: get("attribute")?.text ? cleanProse(get("attribute")?.text ?? "") : null,
      line: row.line,
    };
    if (t && t !== "invalid") {
      const comparator: Comparator = t.comparator ?? (LOWER_IS_BETTER.test(name) ? "<=" : ">=");
      indicator.target = { value: t.value, year: tgt?.col?.year ?? planEndYear, comparator };
      if (t.min !== undefined) indicator.target.min = t.min;
      if (t.max !== undefined) indicator.target.max = t.max;
    }
    indicators.push(indicator);
  }
  const dropped = droppedYears(cols);
  if (indicators.length > 0 && dropped.length > 0) {
    const years = dropped.map((y) => `“${y}年”`).join("、");
    warnings.push({ line: rows[0]!.line, message: `指标表中${years}列的数值未导入：每项指标只保存基数和目标两列，请核对` });
  }
  return { indicators, warnings };
}

/** Year columns between the baseline and the target (2023年 | 2025年 | 2027年: 2025), which an indicator has no place for. */
function droppedYears(cols: Column[]): number[] {
  const base = cols.find((c) => c.role === "baseline");
  const target = cols.find((c) => c.role === "target");
  return cols.filter((c) => (c.role === "baseline" || c.role === "target") && c !== base && c !== target && c.year !== null).map((c) => c.year!);
}

/** A row belongs to an open table when it has tab-separated cells or ends in values. */
export function looksLikeTableRow(text: string, header: IndicatorHeader): boolean {
  if (header.tabbed) return text.includes("\t");
  const tokens = text.split(/\s+/);
  const valueCount = header.columns.filter((c) => c.role !== "name").length;
  return tokens.length > valueCount && tokens.slice(-valueCount).every((tok) => parseCell(tok) !== "invalid");
}
