/**
 * One task from the cells of its row (and the rows that continue it): title
 * from the task or problem cell, measures from the rest of that cell and the
 * measures column, people and units through the same splitters as prose
 * fields, so 俞 悦 and 县发改局、财政局 read as they do after a colon.
 */
import type { TableBlock } from "../blocks";
import type { PlanMilestone, PlanTask, ResponsibleUnit } from "../types";
import { unitsCell } from "./units-cell";
import { matchNumberedHeading, splitHeadingTitle, tidyTitle, withoutProblemLabel } from "../headings";
import { addUnit, looksLikePersonName, officesBeforeNames, splitPeople } from "../names";
import { splitMeasures } from "../assemble";
import { extractTargets } from "../targets";
import { namesDeadline } from "../deadlines";
import type { Header } from "./grid";
import { deadlineOf, namedCellProse, proseOf, rowItems } from "./grid";
import { readStages } from "../stages";
import { isStageMark, markTitle } from "../stage-marks";
import { statedTargets } from "./target-cells";
import { joinListLines } from "../list-wrap";
import { PLAN_LIMITS } from "../limits";
import { rowLine, rowSource, type TableContext } from "./context";
import { deadlineOrDone, isOnlyStatus, statedStatus, STATUS_COLUMN, type StatedStatus } from "../stated-status";

export interface RowDraft {
  /** Index in `rows` of the task's first and last row. */
  first: number;
  last: number;
  number: number;
  /** The number came from the 序号 cell (not counted on from the previous task). */
  numbered: boolean;
  /** Cell texts by column; continuation rows appended after a line break. */
  cells: string[];
}

/** — | / | 无 in a stage, goal, measures or note cell (or nothing at all): the row leaves it empty. */
const NOTHING_IN_CELL = /^[\s—–\-－/／\\、·…]*$|^(?:无|暂无|不涉及)$/;

/** A note column's value in each of the task's rows (a problem merged over its measure rows has one per row), and how many rows left it blank. */
function noteValues(table: TableBlock, draft: RowDraft, col: number, read: (cell: string) => string): { values: string[]; blanks: number } {
  const values: string[] = [];
  let blanks = 0;
  for (let i = draft.first; i <= draft.last; i++) {
    const cell = table.rows[i]?.cells[col];
    const written = read(cell?.text ?? "");
    const text = NOTHING_IN_CELL.test(written) ? "" : written;
    if (text && (!cell?.merged || i === draft.first)) values.push(text);
    else if (!text && !cell?.merged) blanks++;
  }
  return { values, blanks };
}

/** Done when every row says done; under way when any row states a status (a row left blank is not done). */
function combinedStatus(values: string[], blanks: number): StatedStatus | null {
  const stated = values.map(statedStatus);
  if (blanks === 0 && stated.every((s) => s === "completed")) return "completed";
  if (stated.includes("delayed")) return "delayed";
  return stated.some((s) => s !== null) ? "in_progress" : null;
}

/** A problem is the title of a rectification task, unless it runs on for a paragraph. */
const MAX_WHOLE_TITLE_CHARS = 120;
/** The review form's limit for a title; longer text stays in the measures. */
const MAX_TITLE_CHARS = 200;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** How the cell spelled each name (俞 悦 for 俞悦). */
function rawSpellings(names: string[], text: string): string[] {
  return names.map((name) => {
    const m = new RegExp(Array.from(name).map(escapeRe).join("\\s*")).exec(text);
    return m ? m[0] : name;
  });
}

function titleAndBody(prose: string, kind: string | undefined): { title: string; body: string } {
  if (kind === "problem" && prose.length <= MAX_WHOLE_TITLE_CHARS) return { title: tidyTitle(withoutProblemLabel(prose)), body: "" };
  const split = splitHeadingTitle(withoutProblemLabel(prose));
  if (split.title.length <= MAX_TITLE_CHARS) return split;
  return { title: split.title.slice(0, MAX_TITLE_CHARS), body: prose };
}

const DATE_LINE = /^\d{4}\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2}\s*[日号]?)?$/;

/**
 * A leaders cell as one list: one name a line is how Word cells list leaders
 * (张伟 / 李强), and a PDF line may cut one (李 / 建华); the prose parser's
 * list-wrap rule joins them.
 */
function leadersCell(cell: string | undefined): string {
  const lines = (cell ?? "")
    .split("\n")
    .map((l) => l.trim())
    // 局长 蒋文涛 / 2025.1.6: the day the leader signed, under the name, is no one's name.
    .filter((l) => l && !DATE_LINE.test(l));
  return joinListLines("leaders", lines);
}

/** Each leaders column's cell, its offices (负责人 | 政教处 李红梅) apart from its people. */
function leaderCells(header: Header, draft: RowDraft): ReturnType<typeof officesBeforeNames>[] {
  return header.columns.flatMap((c, j) => (c?.kind === "leaders" ? [officesBeforeNames(leadersCell(draft.cells[j]))] : []));
}

function people(cells: ReturnType<typeof leaderCells>): { leaders: string[]; leadersRaw?: string[] } {
  const leaders: string[] = [];
  const raw: string[] = [];
  for (const { people: text } of cells) {
    // A name longer than a person's is no name.
    const names = splitPeople(text).filter((n) => n.length <= PLAN_LIMITS.personChars && !leaders.includes(n));
    leaders.push(...names);
    raw.push(...rawSpellings(names, text));
  }
  return raw.some((r, i) => r !== leaders[i]) ? { leaders, leadersRaw: raw } : { leaders };
}

/** Units read in the same order whatever the column order: lead, then responsible, then cooperating. */
const ROLE_ORDER: Record<ResponsibleUnit["role"], number> = { lead: 0, responsible: 1, cooperate: 2 };

function units(header: Header, draft: RowDraft, cells: ReturnType<typeof leaderCells>): ResponsibleUnit[] {
  const out: ResponsibleUnit[] = [];
  let leadersColumn = 0;
  header.columns.forEach((c, j) => {
    if (c?.kind === "units") for (const u of unitsCell(draft.cells[j] ?? "", c.role)) addUnit(out, u);
    // 负责人 | 政教处 李红梅: the office does the work.
    if (c?.kind === "leaders") for (const u of cells[leadersColumn++]?.offices ?? []) addUnit(out, u);
    if (c?.kind === "note" && c.people) for (const u of officesBeforeNames(leadersCell(draft.cells[j])).offices) addUnit(out, u);
  });
  return out.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/** The task's cells of a kind as prose; byRow: each row's part apart (a measure per row under a merged task cell). */
function cellsOf(header: Header, draft: RowDraft, kind: string, except = -1, { byRow = false } = {}): string[] {
  const cells = header.columns.flatMap((c, j) => (c?.kind === kind && j !== except ? [draft.cells[j] ?? ""] : []));
  return (byRow ? cells.flatMap(rowItems) : cells).map(proseOf).filter((text) => !NOTHING_IN_CELL.test(text));
}

/**
 * The cells that say when the task is done, the 完成时限 first, then the schedule cells (进度安排, 时间节点)
 * beside them: a schedule gives the deadline only where the 完成时限 is blank. A table whose only
 * deadline column is a schedule has it as its deadline, as before (no cell marked a schedule).
 */
function deadlineColumns(header: Header, draft: RowDraft): { schedule: string | null; text: string }[] {
  const columns = header.columns.flatMap((c, j) => (c?.kind === "deadline" ? [{ schedule: c.schedule ?? null, text: deadlineOf(draft.cells[j] ?? "") }] : []));
  if (columns.every((c) => c.schedule)) return columns.map((c) => ({ schedule: null, text: c.text }));
  return [...columns.filter((c) => !c.schedule), ...columns.filter((c) => c.schedule)];
}

export function buildTableTask(table: TableBlock, header: Header, draft: RowDraft, titleCol: number, ctx: TableContext): PlanTask | null {
  const line = ctx.firstLine + draft.first;
  const titleKind = header.columns[titleCol]?.kind;
  const cell = titleCol >= 0 ? (draft.cells[titleCol] ?? "") : "";
  let prose = titleKind === "task" ? namedCellProse(cell) : proseOf(cell);
  let number = draft.number;
  // “1.加强……” in the task cell: the marker is not part of the title (and numbers the task when 序号 is missing).
  const marker = matchNumberedHeading(prose);
  if (marker) {
    prose = marker.rest;
    if (!draft.numbered) number = marker.number;
  }

  const measures: string[] = [];
  const split = titleAndBody(prose, titleKind);
  const body = split.body;
  let title = split.title;
  if (titleKind === "measures") measures.push(...splitMeasures(prose));
  else if (body) measures.push(...splitMeasures(body));
  for (const text of cellsOf(header, draft, "measures", titleCol, { byRow: true })) measures.push(...splitMeasures(text));
  let status: StatedStatus | null = null;
  /** 备注 / 办理进展 / 整改状态: kept with the measures, but what was done (完成率30%) is not a target. */
  const notes: string[] = [];
  header.columns.forEach((c, j) => {
    if (c?.kind !== "note") return;
    // 具体负责人 | 教导处 孙丽 beside the 责任领导: the office is a unit (units()), the person the note.
    const { values, blanks } = noteValues(table, draft, j, c.people ? (text) => splitPeople(officesBeforeNames(leadersCell(text)).people).join("、") : proseOf);
    if (values.length === 0) return;
    const text = values.join("；");
    if (STATUS_COLUMN.test(c.label)) status ??= combinedStatus(values, blanks);
    // 整改状态：已完成 is the status itself; 已完成（6月验收）, or one status per measure row, keeps its note.
    const repeatsStatus = values.length === 1 && blanks === 0 && isOnlyStatus(text);
    if (!STATUS_COLUMN.test(c.label) || !repeatsStatus) notes.push(`${c.label}：${text}`);
  });
  // 一季度 | 二季度 …: each stage a milestone of the task; the last one filled is when the task is done.
  // A stage marked ● is titled by what the legend says ● stands for.
  const milestones: PlanMilestone[] = header.columns.flatMap((c, j) => {
    if (c?.kind !== "milestone") return [];
    const text = proseOf(draft.cells[j] ?? "");
    if (NOTHING_IN_CELL.test(text)) return [];
    return [{ title: isStageMark(text) ? markTitle(text, ctx.legend) : text, deadline: c.label, dueDate: null }];
  });
  const lastMilestone = milestones[milestones.length - 1]?.deadline;
  if (!title) title = tidyTitle(measures[0] ?? "").slice(0, MAX_TITLE_CHARS);
  if (!title) {
    ctx.warnings.push({ line, message: `表格${ctx.table}第${draft.first + 1}行没有任务内容，已跳过` });
    return null;
  }

  // 整改时限 | 已整改: the row's status, and no deadline unless it still names one (deadlineOrDone).
  // A 完成时限 cell written as stages (3月底前完成方案；6月底前完成组建): the task's milestones, unless columns give them.
  const deadlineColumnCells = deadlineColumns(header, draft);
  const deadlineCells = deadlineColumnCells.map((c) => c.text);
  const staged = deadlineCells.map(readStages);
  if (lastMilestone === undefined) milestones.push(...staged.flatMap((s) => s?.milestones ?? []));
  const deadlines = deadlineCells.map((text, k) => {
    const stages = staged[k];
    return stages ? { deadline: stages.deadline, done: false } : deadlineOrDone(text);
  });
  if (deadlines.some((d) => d.done)) status ??= "completed";
  // 进度安排 beside a 完成时限 it did not stand in for, not written as stages (每学期开展1次): a note.
  const used = deadlines.findIndex((d) => d.deadline);
  deadlineColumnCells.forEach((c, k) => {
    if (c.schedule && k !== used && !staged[k] && c.text) notes.push(`${c.schedule}：${c.text}`);
  });
  const deadline = deadlines.find((d) => d.deadline)?.deadline ?? (lastMilestone && namesDeadline(lastMilestone) ? lastMilestone : null);
  // A 整改清单's problem states what is wrong (低于15%, 未达标学校3所): its targets are in the measures.
  const goal = [...statedTargets(header, draft.cells), ...cellsOf(header, draft, "goal", titleCol)].join("；") || null;
  const targetText = [...(titleKind === "problem" ? [] : [title]), ...(goal ? [goal] : []), ...measures];
  measures.push(...notes);
  const { targets, missing } = extractTargets({ text: targetText.join("\n"), starts: [{ offset: 0, line }] }, ctx.targets);
  for (const m of missing) ctx.warnings.push({ line: m.line, message: `疑似缺少目标数值：“${m.text}”` });

  const rows: string[] = [];
  for (let i = draft.first; i <= draft.last; i++) rows.push(rowLine(table, i));
  const leaders = leaderCells(header, draft);
  const named = people(leaders);
  // 分管副局长 alone is a post, not a leader the platform can hold to account: as in prose, say so.
  for (const name of named.leaders.filter((n) => !looksLikePersonName(n)))
    ctx.warnings.push({ line, message: `表格${ctx.table}第${draft.first + 1}行的责任领导“${name}”不像人名，请核对` });
  return {
    number,
    title,
    goal,
    measures,
    ...named,
    units: units(header, draft, leaders),
    targets,
    deadline,
    dueDate: null,
    ongoing: false,
    ...(status ? { status } : {}),
    // A stage's figures (完成50%) are on the way to the task's targets, not targets of their own.
    ...(milestones.length ? { milestones } : {}),
    source: rowSource(table, draft.first, ctx),
    sourceText: rows.join("\n"),
    line,
    endLine: ctx.firstLine + draft.last,
  };
}
