/**
 * Plan-document parser: extracted text of 工作要点 / “十四五”规划 / 行动方案
 * → structured sections, tasks, indicators and targets.
 *
 * Pipeline: normalise lines → drop TOC → find the plan's own title (skipping
 * letterhead and 通知) → heading tree → sections/tasks/plan text → period,
 * indicator tables and targets. Never throws: anything that cannot be placed
 * becomes a warning carrying the original line number.
 */
import type { ParsedPlan, ParseWarning } from "./types";
import { splitRawLines, toSourceLines, type SourceLine } from "./normalize";
import { stripToc } from "./toc";
import { dropRunningHeaders } from "./running-headers";
import { detectBackMatter, detectFrontMatter, signatureBeforeAnnexes, type IssueDate } from "./front-matter";
import { detectLayout } from "./layout";
import { buildTree } from "./structure";
import { foldSubItems } from "./fold-sub-items";
import type { Node } from "./tree";
import { assemble } from "./assemble";
import { detectPeriod } from "./period";
import { parseIndicatorRows } from "./indicators-table";
import { cleanProse, joinLines } from "./text";
import { documentText, type PlanDocument } from "./blocks";
import { layoutDocument, placeTables, withNormalizedCells } from "./document";
import { EMPTY_INPUT_WARNING, NO_SECTIONS_WARNING, tidyWarnings } from "./warnings";
import { withDueDates } from "./due-dates";
import { withAnnexAssignments } from "./annex-assignments";
import { clampPlan } from "./clamp";
import { recordsAsItems } from "./records";
import { formTablesAsParagraphs } from "./form-tables";
import { formLinesAsItem } from "./form-lines";
import { leadingFieldRowsAsParagraphs } from "./leading-field-rows";
import { twoUpTablesUnfolded } from "./two-up-tables";

export type * from "./types";
export type * from "./blocks";
export { documentText, textDocument } from "./blocks";
export { splitPeople, splitUnits } from "./names";
export { extractTargets } from "./targets";
export { resolveDeadline } from "./deadlines";

function emptyPlan(warnings: ParseWarning[]): ParsedPlan {
  return {
    title: "",
    period: null,
    documentNumber: null,
    issuer: null,
    issueDate: null,
    preamble: "",
    frontMatter: null,
    backMatter: null,
    planText: [],
    sections: [],
    indicators: [],
    projects: [],
    targets: [],
    warnings,
  };
}

function formatDate(d: IssueDate | null): string | null {
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d.month === null) return String(d.year);
  return d.day === null ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Text of a node and its descendants; `lead` selects preamble/goal prose for period detection. */
function gatherText(node: Node, lead: string[], rest: string[], inLead: boolean): void {
  const isLead = inLead || node.kind === "root" || node.planKind === "preface" || node.planKind === "goals" || node.planKind === "strategy";
  for (const item of node.items) {
    const text = item.type === "heading" ? item.line.text : joinLines(item.lines).text;
    (isLead ? lead : rest).push(text);
  }
  for (const child of node.children) gatherText(child, lead, rest, isLead && node.kind !== "root");
}

function linesText(lines: SourceLine[]): string | null {
  return lines.length ? lines.map((l) => cleanProse(l.text)).join("\n") : null;
}

interface TextParse {
  plan: ParsedPlan;
  /** The year 年内 / 今年 refer to, for targets found later in table cells. */
  currentYear: number | null;
}

/**
 * The line-based pipeline. `hidden` are lines of the text that table blocks
 * rendered (read by the table recognisers instead); they keep their numbers,
 * so every later line keeps its own.
 */
function parse(input: string, hidden: ReadonlySet<number> = new Set()): TextParse {
  const warnings: ParseWarning[] = [];
  const rawLines = splitRawLines(input);
  const lines = dropRunningHeaders(stripToc(toSourceLines(input).filter((l) => !hidden.has(l.line))), warnings);
  if (lines.length === 0) return { plan: emptyPlan([{ line: 1, message: EMPTY_INPUT_WARNING }]), currentYear: null };

  const front = detectFrontMatter(lines);
  warnings.push(...front.warnings);
  const back = detectBackMatter(lines, front.bodyStart);
  const signed = signatureBeforeAnnexes(lines, front.bodyStart, back.end);
  const bodyLines = signed ? [...lines.slice(front.bodyStart, signed.start), ...lines.slice(signed.end, back.end)] : lines.slice(front.bodyStart, back.end);
  const body = formLinesAsItem(recordsAsItems(bodyLines));
  const layout = detectLayout(body);
  const tree = buildTree(body, layout, warnings);
  foldSubItems(tree.root);

  const lead: string[] = [];
  const rest: string[] = [];
  gatherText(tree.root, lead, rest, false);
  const issueDate = front.issueDate ?? signed?.issueDate ?? back.issueDate;
  const issueYear = issueDate?.year ?? front.documentYear;
  const period = detectPeriod({ title: front.title, leadText: lead.join("\n"), bodyText: rest.join("\n"), issueYear });
  const currentYear = period && period.startYear === period.endYear ? period.startYear : (issueYear ?? period?.startYear ?? null);

  const assembled = assemble(tree.root, { rawLines, layout, targets: { currentYear }, warnings });

  const indicators = tree.tables.flatMap((table) => {
    const parsed = parseIndicatorRows(table.header, table.rows, period?.endYear ?? null);
    warnings.push(...parsed.warnings);
    if (table.rows.length === 0) warnings.push({ line: table.headerLine.line, message: "指标表只有表头，没有数据行" });
    return parsed.indicators;
  });

  if (assembled.sections.length === 0) {
    warnings.push({ line: body[0]?.line ?? lines[0]?.line ?? 1, message: NO_SECTIONS_WARNING });
  }

  const plan: ParsedPlan = {
    title: front.title,
    period,
    documentNumber: front.documentNumber,
    issuer: front.issuer ?? signed?.issuer ?? back.issuer,
    issueDate: formatDate(issueDate),
    preamble: assembled.preamble.join("\n"),
    frontMatter: linesText(front.frontLines),
    backMatter: linesText([...(signed ? lines.slice(signed.start, signed.end) : []), ...lines.slice(back.end)]),
    planText: assembled.planText,
    sections: assembled.sections,
    indicators,
    projects: [],
    targets: assembled.goalTargets,
    warnings: tidyWarnings(warnings),
  };
  return { plan, currentYear };
}

/** A parser bug must not take down an upload; surface it as a warning instead. */
function failed(err: unknown): ParsedPlan {
  // Bounded: the warning is shown in the review, whose limit is 1 000 characters.
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 200);
  return emptyPlan([{ line: 1, message: `解析过程出错：${message}` }]);
}

export function parsePlanText(text: string): ParsedPlan {
  try {
    return clampPlan(withDueDates(parse(typeof text === "string" ? text : String(text ?? "")).plan));
  } catch (err) {
    return failed(err);
  }
}

/**
 * A document as its reader delivered it: paragraphs go through the line-based
 * pipeline (line numbers are those of documentText), table blocks through the
 * recognisers of tables/ (document.ts places what they read).
 */
export function parsePlanDocument(doc: PlanDocument): ParsedPlan {
  try {
    doc = leadingFieldRowsAsParagraphs(formTablesAsParagraphs(twoUpTablesUnfolded(withNormalizedCells(doc))));
    const layout = layoutDocument(doc);
    const { plan, currentYear } = parse(documentText(doc), layout.tableLines);
    const parsed = clampPlan(withDueDates(withAnnexAssignments(placeTables(plan, layout, currentYear))));
    // The reader's notices concern the file, not a line of it: they lead the warnings.
    const notices = (doc.notices ?? []).map((message) => ({ line: 1, message }));
    return notices.length ? { ...parsed, warnings: [...notices, ...parsed.warnings] } : parsed;
  } catch (err) {
    return failed(err);
  }
}
