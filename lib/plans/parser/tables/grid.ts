/**
 * Reading cells of a table block: a cell's own text (a merged cell repeats
 * its origin's text), multi-line cells joined back into prose or lists, and
 * the header search every recogniser shares.
 */
import { ARABIC_ITEM_MARK } from "../headings";
import type { TableCell, TableRow } from "../blocks";
import { cleanProse } from "../text";
import { startsWithDeadline } from "../deadlines";
import { isRoleWord, roleOfWord } from "../role-words";
import { columnRole, compactLabel, milestoneRole, type ColumnRole } from "./columns";

export function cellAt(row: TableRow | undefined, col: number): TableCell | undefined {
  return row?.cells[col];
}

export function cellText(row: TableRow | undefined, col: number): string {
  const text = cellAt(row, col)?.text;
  return typeof text === "string" ? text.trim() : "";
}

export function rowIsEmpty(row: TableRow): boolean {
  return row.cells.every((c) => !c.text?.trim());
}

function cellLines(text: string): string[] {
  return text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Excel's day number of 2000-01-01 and of 2050-01-01: a date cell kept in a General-format cell reads as one. */
const EXCEL_SERIAL = { from: 36_526, to: 54_789 };

/** 45838 in a 完成时限 cell: Excel's day number for 2025年6月30日 (days since 1899-12-30), written out as the date. */
function excelSerialDate(text: string): string | null {
  if (!/^\d{5}$/.test(text)) return null;
  const serial = Number(text);
  if (serial < EXCEL_SERIAL.from || serial > EXCEL_SERIAL.to) return null;
  const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}

/**
 * Lines of a deadline cell: a task merged over several measure rows lists one
 * date per row (2025年8月底前 / 2024年12月 / 2026年), kept apart by ；. A line
 * that does not start a date of its own, or follows one cut mid-number
 * (2025年1 / 2月底前, a PDF cell's wrap), carries on the line before.
 */
export function deadlineOf(text: string): string {
  // Each row's day number too: 45838 / ； / 45900 under a merged task.
  const lines = cellLines(text).map((line) => excelSerialDate(line) ?? line);
  return lines.map((line, i) => (i > 0 && !/[\d；]$/.test(lines[i - 1]!) && startsWithDeadline(line) ? `；${line}` : line)).join("");
}

/**
 * Between the cells of a task's rows (its task cell merged down over them): each row's measure,
 * units or deadline is an item of its own, never glued to the one above as a wrapped line is. A line
 * that is only ； is no cell's own: as prose it separates the items, and rowItems splits there.
 */
export const ROW_ITEM_BREAK = "\n；\n";

/** A cell of a task's rows, one item per row (ROW_ITEM_BREAK). */
export function rowItems(text: string): string[] {
  return text.split(ROW_ITEM_BREAK);
}

/**
 * A task cell whose first line is its name and the lines under it what it
 * involves (推进义务教育优质均衡 / 实施强校提质工程，培育优质学校10所。): the
 * name is shorter than the lines after it and has no punctuation, where a
 * wrapped line runs the cell's full width. As one sentence, the name ends.
 */
export function namedCellProse(text: string): string {
  const lines = cellLines(text);
  const [first, ...rest] = lines;
  if (!first || rest.length === 0 || /[。；;，,：:！？!?、]/.test(first) || first.length < 4) return proseOf(text);
  const widest = rest.reduce((w, l) => Math.max(w, l.length), 0);
  if (first.length > widest * 0.7 || !/[。；;]$/.test(rest[rest.length - 1]!)) return proseOf(text);
  return `${cleanProse(first)}。${proseOf(rest.join("\n"))}`;
}

/** Lines of a prose cell: a wrapped sentence joins without a space, Latin words keep one. */
/** A line of a cell that opens an item of a list: 2.每年创建…, （2）…, ②…. */
const ITEM_START = new RegExp(`^(?:\\d{1,2}\\s*${ARABIC_ITEM_MARK}|[（(]\\d{1,2}[)）]|[①-⑳])`);
/** A line that ends its sentence or clause: the next item needs no separator of its own. */
const CLAUSE_END = /[。；;！？!?：:，,、]$/;

export function proseOf(text: string): string {
  // Parts joined once at the end, each test on the previous line only: tests on a growing string
  // (which V8 flattens on every read) made a 20 000-line cell quadratic.
  const parts: string[] = [];
  let prev = "";
  for (const line of cellLines(text)) {
    if (prev && /[A-Za-z0-9]$/.test(prev) && /^[A-Za-z0-9]/.test(line)) parts.push(" ");
    // 1.制定评价标准 / 2.每年创建示范校5所: items one a line, their ends unmarked, are still apart.
    else if (prev && ITEM_START.test(line) && !CLAUSE_END.test(prev)) parts.push("；");
    parts.push(line);
    prev = line;
  }
  return cleanProse(parts.join(""));
}

// A unit name ends in one of these; a line that does not was cut by the page width (“体卫艺德育 / 科”).
const ENDS_UNIT = /(局|委|办|部|院|所|队|站|中心|室|会|处|科|校|园|组|股|街道|公司|单位|部门|镇|乡|政府|学校|幼儿园|[、，,；;])$/;

/** Lines of a list cell (units, leaders): one item per line unless a line was cut mid-name. */
// 县教体局各中小学校: a cell whose line break was lost (a PDF line that filled the cell) still names two units.
const GLUED_GROUP = /(局|委|办|科|室|中心|政府)(?=各)/g;

export function listOf(text: string): string {
  const parts: string[] = [];
  let prev = "";
  for (const line of cellLines(text)) {
    if (prev && (ENDS_UNIT.test(prev) || /^[、，,；;]/.test(line)) && !/[、，,；;]$/.test(prev) && !/^[、，,；;]/.test(line)) parts.push("、");
    parts.push(line);
    prev = line;
  }
  return parts.join("").replace(GLUED_GROUP, "$1、");
}

/** A row's cells as one comparable key (repeated header rows). */
export function rowKey(row: TableRow): string {
  return row.cells.map((c) => compactLabel(c.text ?? "")).join("|");
}

export interface Header {
  /** Index of the (first) header row in `rows`. */
  index: number;
  /** Index of the first data row. */
  dataStart: number;
  columns: (ColumnRole | null)[];
  keys: Set<string>;
}

/** Title rows (合并的表名) above the header are skipped; a header sits within the first rows. */
const HEADER_SEARCH_ROWS = 6;

function rolesOf(row: TableRow): (ColumnRole | null)[] {
  const out: (ColumnRole | null)[] = [];
  row.cells.forEach((c, i) => out.push(c.merged === "left" ? (out[i - 1] ?? null) : columnRole(c.text ?? "")));
  return withOneTaskColumn(row, withLeadersApart(row, withMilestones(row, out)));
}

/**
 * 责任领导 | 责任人: the leader answers for the task; the 责任人 (联系人, 负责人) beside them does the
 * work in the unit and is kept with the task as a note, not counted among its leaders.
 */
function withLeadersApart(row: TableRow, roles: (ColumnRole | null)[]): (ColumnRole | null)[] {
  const label = (j: number) => compactLabel(row.cells[j]?.text ?? "");
  const leaders = roles.flatMap((r, j) => (r?.kind === "leaders" && row.cells[j]?.merged !== "left" ? [j] : []));
  if (leaders.length < 2 || !leaders.some((j) => /领导/.test(label(j)))) return roles;
  return roles.map((r, j) =>
    r?.kind === "leaders" && !/领导/.test(label(j)) && row.cells[j]?.merged !== "left" ? { kind: "note", label: label(j), people: true } : r,
  );
}

/** 一季度 | 二季度 | 三季度 | 四季度 beside the header's other labels: two or more stages make milestone columns. */
function withMilestones(row: TableRow, roles: (ColumnRole | null)[]): (ColumnRole | null)[] {
  const stages = row.cells.map((c, j) => (roles[j] || c.merged ? null : milestoneRole(c.text ?? "")));
  return stages.filter(Boolean).length >= 2 ? roles.map((r, j) => r ?? stages[j] ?? null) : roles;
}

/**
 * 督办事项 | 任务内容, 重点任务 | 目标任务, 项目 | 建设内容 in a task table: one
 * column titles the task; a second task-like column says what it involves
 * (its measures, or its goal when it says 目标), and 建设内容 outside a
 * project table is measures too.
 */
function withOneTaskColumn(row: TableRow, roles: (ColumnRole | null)[]): (ColumnRole | null)[] {
  const first = roles.findIndex((r) => r?.kind === "task");
  const tracked = isTrackedProjectList(roles);
  const projects = roles.some((r) => r?.kind === "project") && !tracked;
  const out: (ColumnRole | null)[] = [];
  roles.forEach((r, j) => {
    if (row.cells[j]?.merged === "left") out.push(out[j - 1] ?? null);
    else if (r?.kind === "task" && j !== first) out.push(/目标/.test(row.cells[j]?.text ?? "") ? { kind: "goal" } : { kind: "measures" });
    else if (r?.kind === "content" && !projects) out.push({ kind: "measures" });
    // 总投资 / 建设年限 of a project tracked as a task: kept with it under their heading; its plan for the year is its goal.
    else if (tracked && (r?.kind === "investment" || r?.kind === "years")) out.push({ kind: "note", label: compactLabel(row.cells[j]?.text ?? "") });
    else if (tracked && ANNUAL_PLAN.test(compactLabel(row.cells[j]?.text ?? ""))) out.push({ kind: "goal" });
    else out.push(r);
  });
  return out;
}

/** 2025年度计划 / 年度建设任务 of a tracked project: what it is to reach this year (8月底前投入使用). */
const ANNUAL_PLAN = /^(?:\d{4}年度?|年度)(?:计划|建设内容|建设任务|任务|工作计划|实施计划|建设目标)$/;

/**
 * 项目名称 | 建设内容 | 总投资 | 责任领导 | 完成时限 (a 民生实事 推进表): projects a bureau tracks as work, with
 * a leader answering for each: tasks, where an annex list of projects is the plan's project list, even
 * with its 2024年 | 2025年 investment columns or its 竣工时间. So is a 推进表 of projects that states no
 * money at all but who does each and by when (项目名称 | 建设内容 | 责任单位 | 完成时限): a project list
 * would keep nothing of its deadlines.
 */
export function isTrackedProjectList(columns: readonly (ColumnRole | null)[]): boolean {
  if (!has(columns, "project")) return false;
  return has(columns, "leaders") || (has(columns, "deadline") && has(columns, "units") && !has(columns, "investment", "years"));
}

/**
 * A second header row under a spanning one (责任单位 over 牵头 | 配合) names
 * its columns more precisely; it is taken when every cell of its own is a
 * known label.
 */
function subHeader(row: TableRow | undefined, above: TableRow): (ColumnRole | null)[] | null {
  if (!row) return null;
  const roleAt = (c: TableRow["cells"][number], j: number) =>
    c.merged ? null : (columnRole(c.text ?? "") ?? roleUnder(c.text ?? "", above.cells[j]?.text ?? ""));
  const roles = withLeadersApart(row, withMilestones(row, row.cells.map(roleAt)));
  const own = row.cells.map((c, j) => ({ c, role: roles[j] })).filter(({ c }) => !c.merged && c.text?.trim());
  if (own.length === 0 || own.some(({ role }) => !role)) return null;
  return roles;
}

/**
 * 总投资 under 投资额（万元）: the investment in the spanning label's unit, or, in a project list
 * tracked as tasks (where the spanning column was made a note), a note under its own name.
 */
function underSpan(sub: ColumnRole | null | undefined, spanning: ColumnRole | null, text: string, aboveText: string): ColumnRole | null | undefined {
  if (sub?.kind !== "investment") return sub;
  const above = columnRole(aboveText);
  const unitWan = sub.unitWan ?? (above?.kind === "investment" ? above.unitWan : null);
  if (spanning?.kind === "note") return { kind: "note", label: `${compactLabel(text)}${unitWan === 1 && !/万元/.test(text) ? "（万元）" : ""}` };
  return { ...sub, unitWan };
}

/** What a year's share of an investment is called under 投资额（万元） | 总投资 | 年度计划. */
const PLANNED_SHARE = /^(?:年度计划|年度投资|计划投资|本年度计划|当年计划|年度计划投资|\d{4}年(?:计划)?(?:投资)?|已完成投资|累计完成投资?)$/;

/**
 * A bare 牵头 / 配合 under a merged 责任单位 (a two-row header): a units column of that role;
 * 年度计划 under 投资额（万元）: a note of that much investment (总投资 there is the investment itself).
 */
function roleUnder(text: string, aboveText: string): ColumnRole | null {
  const word = text.replace(/\s+/g, "");
  const above = columnRole(aboveText);
  if (above?.kind === "investment" && PLANNED_SHARE.test(word)) {
    return { kind: "note", label: `${word}${above.unitWan === 1 ? "（万元）" : ""}` };
  }
  if (above?.kind !== "units") return null;
  if (isRoleWord(word)) return { kind: "units", role: roleOfWord(word) };
  if (/^(责任|具体负责|负责)$/.test(word)) return { kind: "units", role: "responsible" };
  return null;
}

/** What a 单位 column of measures holds (%, 名, 所, 万元), where another names offices. */
const MEASURE_UNIT = /^(?:%|‰|个百分点|[个名所人元次项家座间套台册份户场支件天篇门节辆张本]|人次|万元|亿元|元\/生|平方米|㎡|米|公里|万人|小时|学时|课时)$/;
/** Enough of a column's cells to tell what it holds. */
const SAMPLE_ROWS = 30;

/** A column headed 单位 names offices or units of measure (名, %, 所): its cells tell which. */
function withMeasureUnits(rows: readonly TableRow[], dataStart: number, columns: (ColumnRole | null)[]): (ColumnRole | null)[] {
  const label = (j: number) => compactLabel(cellText(rows[dataStart - 1], j));
  return columns.map((c, j) => {
    if (c?.kind !== "units" || label(j) !== "单位") return c;
    const cells = rows.slice(dataStart, dataStart + SAMPLE_ROWS).flatMap((r) => cellText(r, j).normalize("NFKC").replace(/\s+/g, "") || []);
    return cells.length > 0 && cells.every((t) => MEASURE_UNIT.test(t)) ? { kind: "measureUnit" } : c;
  });
}

export function findHeader(rows: readonly TableRow[], accepts: (columns: (ColumnRole | null)[]) => boolean): Header | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i] as TableRow;
    let columns = rolesOf(row);
    if (columns.filter(Boolean).length < 2) continue;
    const keys = new Set([rowKey(row)]);
    let dataStart = i + 1;
    const sub = subHeader(rows[i + 1], row);
    if (sub) {
      columns = columns.map((c, j) => underSpan(sub[j], c, rows[i + 1]?.cells[j]?.text ?? "", row.cells[j]?.text ?? "") ?? c);
      keys.add(rowKey(rows[i + 1] as TableRow));
      dataStart = i + 2;
    }
    columns = withMeasureUnits(rows, dataStart, columns);
    if (accepts(columns)) return { index: i, dataStart, columns, keys };
  }
  return null;
}

export function columnOf(columns: readonly (ColumnRole | null)[], kind: ColumnRole["kind"]): number {
  return columns.findIndex((c) => c?.kind === kind);
}

export function has(columns: readonly (ColumnRole | null)[], ...kinds: ColumnRole["kind"][]): boolean {
  return kinds.some((k) => columnOf(columns, k) >= 0);
}

/** A header row again (Word 重复标题行, a PDF page's header): skipped. */
export function isRepeatedHeader(row: TableRow, header: Header): boolean {
  return row.header === true || header.keys.has(rowKey(row));
}
