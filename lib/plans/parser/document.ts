/**
 * Placing a document's table blocks among its prose. layoutDocument finds
 * each table's lines in the text rendering (documentText) and its recogniser
 * by header, before the prose is parsed without those lines; placeTables then
 * reads the tables (the plan's years are known by then) and puts what they
 * hold where it belongs: task tables' sections among the prose sections in
 * document order, projects in `projects` linked to the task citing their
 * annex, indicators with the prose ones, and an unknown table as plan text.
 */
import type { PlanDocument, TableBlock } from "./blocks";
import type { ParsedPlan, ParseWarning, PlanProject, PlanSection, PlanTask, PlanTextBlock, ResponsibleUnit } from "./types";
import { isPlaceName, looksLikeOrgName } from "./names";
import { normalizeLine, removeSpaces } from "./normalize";
import { cleanProse } from "./text";
import { matchNumberedHeading, matchSpecialHeading } from "./headings";
import { parseAnyNumber, parseChineseNumber } from "./numerals";
import { FORM_FIELD } from "./form-fields";
import { isIssueLine } from "./front-matter";
import { detectPeriod } from "./period";
import { recogniserFor, type Header, type Recogniser, type TableContext } from "./tables";
import { proseOf, rowIsEmpty } from "./tables/grid";
import { markLegend, type MarkLegend } from "./stage-marks";
import { tableHeading, tableHost, type TableHeading } from "./table-host";
import { EMPTY_INPUT_WARNING, NO_SECTIONS_WARNING, tidyWarnings } from "./warnings";

export interface PlacedTable {
  block: TableBlock;
  /** 1-based among the document's tables, forms written out as paragraphs included. */
  index: number;
  firstLine: number;
  caption: string | null;
  annex: number | null;
  found: { recogniser: Recogniser; header: Header } | null;
  /** Under a 续表 line: the rows go on the table before it. */
  continues: boolean;
}

export interface DocumentLayout {
  tables: PlacedTable[];
  /** Lines of the text rendering that table rows occupy. */
  tableLines: Set<number>;
  /** Page of a paragraph's line, for formats with pages. */
  pages: Map<number, number>;
  /** What the marks of a 推进计划表's month columns stand for, as the document's 说明 says. */
  legend: MarkLegend;
}

/** A caption is a short line naming the table, not a sentence of prose. */
const CAPTION_MAX_CHARS = 40;
/** 附件2 is stated in the heading right above the table or a line or two before it. */
const ANNEX_LOOKBACK_PARAGRAPHS = 3;
const ANNEX_RE = /附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})/g;

function annexNumber(raw: string): number | null {
  return parseAnyNumber(raw) ?? parseChineseNumber(raw);
}

const TASK_TABLES = new Set(["breakdown", "rectification"]);

/**
 * A note in brackets above a table ((截至2025年5月20日), （按股室排序）): what the table's figures are as of,
 * not its name. Kept in the prose, never made a section's title.
 */
const TABLE_NOTE = /^[（(][^（）()]*[)）]$/;

const NAMED_DOCUMENT = /《([^《》]{4,})》/g;

/** 续表 / （续表1） / 续上表 between a table and the rest of it on the next page. */
const CONTINUED = /^[（(]?续(?:上)?表\s*\d*[）)]?$/;

/**
 * A short line naming the table, not a sentence, a cover's field, the issuer's date, a numbered heading or
 * an 附件 heading. `spaced`: the line before cleanProse took its spaces (莲湖区教育局　2025年2月).
 */
function isCaption(text: string, spaced: string): boolean {
  return (
    text.length <= CAPTION_MAX_CHARS &&
    !/[。；;，,：:]$/.test(text) &&
    !FORM_FIELD.test(text) &&
    !isIssueLine(spaced) &&
    !TABLE_NOTE.test(text.trim()) &&
    !matchNumberedHeading(text) &&
    !matchSpecialHeading(text)
  );
}

/**
 * Table cells read as prose lines are (normalizeLine: full-width digits and
 * ％, odd spaces): a Word table typed with ５４０个 or ９２％ otherwise keeps
 * them in its titles and gives no targets.
 */
export function withNormalizedCells(doc: PlanDocument): PlanDocument {
  const cell = (text: string) => text.split("\n").map(normalizeLine).join("\n");
  return {
    ...doc,
    blocks: doc.blocks.map((b) =>
      b.kind === "table" ? { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: cell(c.text ?? "") })) })) } : b,
    ),
  };
}

export function layoutDocument(doc: PlanDocument): DocumentLayout {
  const layout: DocumentLayout = {
    tables: [],
    tableLines: new Set(),
    pages: new Map(),
    legend: markLegend(doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text ?? ""] : []))),
  };
  let line = 1;
  let recent: string[] = [];
  let lastLine = 0;
  let lastSpaced = "";
  /** Non-empty paragraphs so far: a caption that is the document's first line is its title, and stays. */
  let proseSeen = 0;
  /** Table blocks so far, forms written out as paragraphs included: a task's source names the table as the document numbers it. */
  let tablesSeen = 0;
  /** What a cover notice names in 《》: the same line above the first table is the document's title, not a caption. */
  const noticeNames = new Set<string>();
  /** A numbered heading came before: the plan's body has begun, so a name above a table is an annex's caption. */
  let bodySeen = false;
  for (const block of doc.blocks) {
    if (block.kind === "paragraph") {
      if (block.opensFormTable) tablesSeen++;
      if (block.page !== undefined) layout.pages.set(line, block.page);
      const spaced = normalizeLine(block.text ?? "");
      const text = cleanProse(spaced);
      if (text) {
        recent = [...recent, text].slice(-ANNEX_LOOKBACK_PARAGRAPHS);
        lastLine = line;
        lastSpaced = spaced;
        proseSeen++;
        for (const m of text.matchAll(NAMED_DOCUMENT)) noticeNames.add(removeSpaces(m[1]!));
        bodySeen ||= matchNumberedHeading(text) !== null;
      }
      line++;
      continue;
    }
    const last = recent[recent.length - 1] ?? null;
    const annex = recent
      .flatMap((p) => [...p.matchAll(ANNEX_RE)].map((m) => annexNumber(m[1] ?? "")))
      .filter((n): n is number => n !== null)
      .pop();
    const continues = last !== null && lastLine === line - 1 && CONTINUED.test(removeSpaces(last));
    const placed: PlacedTable = {
      block,
      index: ++tablesSeen,
      firstLine: line,
      caption: last && !continues && isCaption(last, lastSpaced) ? last : null,
      annex: annex ?? null,
      found: recogniserFor(block),
      continues,
    };
    if (continues) layout.tableLines.add(lastLine);
    layout.tables.push(placed);
    // A task table's or an unknown table's caption names the section (or plan text) it becomes;
    // left in the prose it would run on as a measure of the task before it.
    // The document's first line, though, is its title (an Excel sheet's merged title row): the prose keeps it.
    const isTitle = layout.tables.length === 1 && (proseSeen === 1 || (!bodySeen && noticeNames.has(removeSpaces(placed.caption ?? ""))));
    if (placed.caption && !isTitle && (!placed.found || TASK_TABLES.has(placed.found.recogniser.name))) layout.tableLines.add(lastLine);
    for (let i = 0; i < block.rows.length; i++) layout.tableLines.add(line + i);
    line += block.rows.length;
    recent = [];
  }
  return layout;
}

/** An unknown table stays readable as plan text: one line per row, cells separated by “ | ”. */
function asPlanText(table: PlacedTable): PlanTextBlock {
  const text = table.block.rows
    .filter((r) => !rowIsEmpty(r))
    .map((r) =>
      r.cells
        .filter((c) => c.merged !== "left")
        .map((c) => proseOf(c.text ?? ""))
        .join(" | "),
    )
    .join("\n");
  return { title: tableName(table) || "表格", kind: "other", text, line: table.firstLine };
}

/** A worksheet's name unless Excel's default (Sheet1). */
function sheetName(table: PlacedTable): string {
  const sheet = table.block.sheet?.trim() ?? "";
  return sheet && !/^sheet\d*$/i.test(sheet) ? sheet : "";
}

/**
 * “…督办事项清单（白银区）” over the sheet 白银区, in a workbook of several sheets: every sheet has the
 * same title, and the bracket names the sheet. The plan is titled without it; the sheet's section is the sheet.
 */
function sheetBracket(table: PlacedTable, sheets: number): { caption: string; title: string; sheet: string } | null {
  const sheet = sheetName(table);
  const caption = table.caption ?? titleRow(table);
  if (sheets < 2 || !sheet) return null;
  const bracket = [`（${sheet}）`, `(${sheet})`].find((b) => caption.endsWith(b) && caption.length > b.length);
  return bracket ? { caption, title: caption.slice(0, -bracket.length).trim(), sheet } : null;
}

/** A plan titled by a sheet's title, from the prose's first line (the merged row) or the table: without the bracket. */
function withoutSheetBracket(title: string, tables: PlacedTable[], sheets: number): string {
  const named = tables.map((t) => sheetBracket(t, sheets)).find((b) => b?.caption === title);
  return named?.title ?? title;
}

/** The table's own name: its caption (or, for a sheet's title naming the sheet, the sheet), or its worksheet's name. */
function tableName(table: PlacedTable, sheets = 1): string {
  return sheetBracket(table, sheets)?.sheet ?? table.caption ?? sheetName(table);
}

/** An office of the bureau (股/科/室/中心), never the bureau itself: a sheet named after the issuer says who wrote it. */
const OFFICE = /(股|科|室|处|中心|办)$/;

/**
 * A workbook kept one sheet per office (基础教育股, 人事股), or a city's one sheet per district (白银区,
 * 平川区), without a units column: the sheet names who does its tasks.
 */
function sheetUnit(table: PlacedTable): ResponsibleUnit[] {
  const sheet = table.block.sheet?.trim() ?? "";
  const hasUnits = table.found?.header.columns.some((c) => c?.kind === "units") ?? false;
  const names = (looksLikeOrgName(sheet) && OFFICE.test(sheet)) || isPlaceName(sheet);
  return !hasUnits && names ? [{ name: sheet, role: "responsible" }] : [];
}

function headerSummary(table: PlacedTable): string {
  const first = table.block.rows.find((r) => !rowIsEmpty(r));
  const cells = (first?.cells ?? []).filter((c) => c.merged !== "left" && c.text?.trim()).map((c) => proseOf(c.text));
  const summary = cells.join("、");
  return summary.length > 60 ? `${summary.slice(0, 60)}…` : summary;
}

function allTasks(sections: PlanSection[]): PlanTask[] {
  return sections.flatMap((s) => [...s.tasks, ...allTasks(s.sections)]);
}

/** The title row above a table's header (合并的表名), when the prose gave the plan no title. */
function titleRow(table: PlacedTable): string {
  const header = table.found?.header;
  if (!header || header.index === 0) return "";
  const row = table.block.rows[0];
  const texts = new Set((row?.cells ?? []).map((c) => proseOf(c.text ?? "")).filter(Boolean));
  return texts.size === 1 ? ([...texts][0] ?? "") : "";
}

// front-matter.ts's warnings when no title line was found before the body.
const NO_TITLE_WARNING = /^(未找到方案正文标题行|未识别到文件标题)/;

/**
 * A document that is one task table under a cover letter is titled by the
 * table: its caption (the last line of the preamble, “河西区2025年…分解表”)
 * or the merged title row above its header.
 */
function tableTitle(plan: ParsedPlan, table: PlacedTable): string | null {
  const untitled = !plan.title || plan.warnings.some((w) => NO_TITLE_WARNING.test(w.message));
  if (!untitled) return null;
  return table.caption ?? (titleRow(table) || null);
}

/** Annex number → the first task whose wording cites it (具体项目见附件2); one pass over the tasks. */
function citingTasks(tasks: PlanTask[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const task of tasks) {
    const text = [task.title, task.goal ?? "", ...task.measures].join("\n");
    if (!text.includes("附")) continue;
    for (const m of text.matchAll(ANNEX_RE)) {
      const annex = annexNumber(m[1] ?? "");
      if (annex !== null && !out.has(annex)) out.set(annex, task.number);
    }
  }
  return out;
}

function byLine<T extends { line: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line);
}

/** A prose task's page is its first line's paragraph's (PDF). */
function addPages(sections: PlanSection[], pages: Map<number, number>): void {
  if (pages.size === 0) return;
  for (const task of allTasks(sections)) {
    if (!("line" in task.source)) continue;
    const page = pages.get(task.source.line);
    if (page !== undefined) task.source = { line: task.source.line, page };
  }
}

/**
 * The nameless section of a list of headings (一、… 二、…), each of which now holds its table, is only its
 * sections; one whose only heading named an indicator table is nothing.
 */
function withoutEmptyWrappers(sections: PlanSection[]): PlanSection[] {
  return sections.flatMap((s) => (!s.title && s.number === null && !s.text && s.tasks.length === 0 ? s.sections : [s]));
}

export function placeTables(plan: ParsedPlan, layout: DocumentLayout, currentYear: number | null): ParsedPlan {
  addPages(plan.sections, layout.pages);
  if (layout.tables.length === 0) return plan;
  const warnings: ParseWarning[] = [];
  const sections: PlanSection[] = [];
  const projects: { project: PlanProject; annex: number | null }[] = [];
  const indicators = [...plan.indicators];
  const planText = [...plan.planText];
  let title = plan.title;
  let period = plan.period;
  let year = currentYear;
  /** The plan's title was taken from a task table (its caption or title row). */
  let titled = false;
  /** Tables placed under the prose heading right above them, and the warnings about that heading they answer. */
  let hosted = false;
  const answered: ((w: ParseWarning) => boolean)[] = [];
  const sheets = new Set(layout.tables.map(sheetName).filter(Boolean)).size;
  const headedTableLines = layout.tables.filter((t) => t.found).map((t) => t.firstLine);
  /** Headings over indicator or project tables: dropped once every table is placed, unless a task table took one. */
  const headings: TableHeading[] = [];
  /** The section the last task table's loose rows went to, for a 续表 after it. */
  let lastLoose: PlanSection | null = null;

  for (const table of layout.tables) {
    if (!table.found) {
      planText.push(asPlanText(table));
      warnings.push({ line: table.firstLine, message: `表格${table.index}未能识别（表头：${headerSummary(table)}），已作为正文保留` });
      continue;
    }
    const isTaskTable = TASK_TABLES.has(table.found.recogniser.name);
    if (isTaskTable && !titled && sections.length === 0 && plan.sections.length === 0) {
      const named = tableTitle(plan, table);
      if (named) {
        title = named;
        titled = true;
        // “附件1” above “盐池县2025年…分解表”: the year is in the table's title, and 12月底 needs it.
        period ??= detectPeriod({ title: named, leadText: "", bodyText: "", issueYear: null });
        if (year === null && period && period.startYear === period.endYear) year = period.startYear;
      }
    }
    const ctx: TableContext = {
      table: table.index,
      firstLine: table.firstLine,
      caption: table.caption,
      annex: table.annex,
      targets: { currentYear: year },
      legend: layout.legend,
      planEndYear: period?.endYear ?? null,
      warnings,
    };
    const reading = table.found.recogniser.read(table.block, table.found.header, ctx);
    // A table with a caption or an 附件 number is named on its own; one right under a heading, by the heading.
    const underHeading = table.annex === null && table.caption === null;
    if (reading.kind !== "tasks" && underHeading) {
      const heading = tableHeading(plan.sections, plan.planText, table.firstLine, headedTableLines);
      if (heading) headings.push(heading);
    }
    if (reading.kind === "indicators") indicators.push(...reading.indicators);
    else if (reading.kind === "projects") projects.push(...reading.projects.map((project) => ({ project, annex: table.annex })));
    else {
      // The rest of the table before, under its 续表 line: its rows go on that table's section.
      if (table.continues && lastLoose) {
        lastLoose.tasks.push(...reading.loose);
        sections.push(...reading.sections);
        continue;
      }
      lastLoose = null;
      const host = underHeading ? tableHost(plan.sections, plan.planText, table.firstLine, headedTableLines) : null;
      if (host) {
        host.section.tasks.push(...reading.loose);
        host.section.sections.push(...reading.sections);
        answered.push(host.answered);
        hosted = true;
        lastLoose = host.section;
        continue;
      }
      // The sheet's office does every task on it, those under its chapter rows too.
      const office = sheetUnit(table);
      if (reading.loose.length > 0) {
        // Task rows before any chapter row: one section named by the table's caption.
        const own = tableName(table, sheets);
        const name = own !== title ? own : "";
        const line = reading.loose[0]?.line ?? table.firstLine;
        lastLoose = { number: null, title: name, text: null, line, leaders: [], units: office, sections: [], tasks: reading.loose };
        sections.push(lastLoose);
      }
      sections.push(...reading.sections.map((s) => (office.length ? { ...s, units: [...office, ...s.units] } : s)));
    }
  }

  for (const heading of headings) if (heading.drop()) answered.push(heading.answered);
  const placedSections = byLine(withoutEmptyWrappers([...plan.sections, ...sections]));
  const citing = projects.length > 0 ? citingTasks(allTasks(placedSections)) : new Map<number, number>();
  // The prose alone had no tasks (or no text at all); the tables did.
  const readContent = sections.length > 0 || hosted || projects.length > 0 || indicators.length > plan.indicators.length;
  const proseWarnings = plan.warnings.filter(
    (w) =>
      !answered.some((a) => a(w)) &&
      !(sections.length > 0 && w.message === NO_SECTIONS_WARNING) &&
      !(readContent && w.message === EMPTY_INPUT_WARNING) &&
      !(titled && NO_TITLE_WARNING.test(w.message)),
  );

  return {
    ...plan,
    title: withoutSheetBracket(title, layout.tables, sheets),
    period,
    planText: byLine(planText),
    sections: placedSections,
    indicators: byLine(indicators),
    projects: projects.map(({ project, annex }) => ({ ...project, taskNumber: annex === null ? null : (citing.get(annex) ?? null) })),
    warnings: tidyWarnings([...proseWarnings, ...warnings]),
  };
}
