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
import { detectBackMatter, detectFrontMatter, type IssueDate } from "./front-matter";
import { detectLayout } from "./layout";
import { buildTree } from "./structure";
import type { Node } from "./tree";
import { assemble } from "./assemble";
import { detectPeriod } from "./period";
import { parseIndicatorRows } from "./indicators-table";
import { cleanProse, joinLines } from "./text";
import { documentText, type PlanDocument } from "./blocks";

export type * from "./types";
export type * from "./blocks";
export { documentText, textDocument } from "./blocks";
export { splitPeople, splitUnits } from "./names";
export { extractTargets } from "./targets";

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

function parse(input: string): ParsedPlan {
  const warnings: ParseWarning[] = [];
  const rawLines = splitRawLines(input);
  const lines = dropRunningHeaders(stripToc(toSourceLines(input)), warnings);
  if (lines.length === 0) return emptyPlan([{ line: 1, message: "输入为空，未解析出任何内容" }]);

  const front = detectFrontMatter(lines);
  warnings.push(...front.warnings);
  const back = detectBackMatter(lines, front.bodyStart);
  const body = lines.slice(front.bodyStart, back.end);
  const layout = detectLayout(body);
  const tree = buildTree(body, layout, warnings);

  const lead: string[] = [];
  const rest: string[] = [];
  gatherText(tree.root, lead, rest, false);
  const issueDate = front.issueDate ?? back.issueDate;
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
    warnings.push({ line: body[0]?.line ?? lines[0]?.line ?? 1, message: "未识别出任何章节或任务" });
  }

  const seen = new Set<string>();
  const uniqueWarnings = warnings
    .filter((w) => {
      const k = `${w.line}|${w.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line);

  return {
    title: front.title,
    period,
    documentNumber: front.documentNumber,
    issuer: front.issuer ?? back.issuer,
    issueDate: formatDate(issueDate),
    preamble: assembled.preamble.join("\n"),
    frontMatter: linesText(front.frontLines),
    backMatter: linesText(lines.slice(back.end)),
    planText: assembled.planText,
    sections: assembled.sections,
    indicators,
    projects: [],
    targets: assembled.goalTargets,
    warnings: uniqueWarnings,
  };
}

export function parsePlanText(text: string): ParsedPlan {
  try {
    return parse(typeof text === "string" ? text : String(text ?? ""));
  } catch (err) {
    // A parser bug must not take down an upload; surface it as a warning instead.
    const message = err instanceof Error ? err.message : String(err);
    return emptyPlan([{ line: 1, message: `解析过程出错：${message}` }]);
  }
}

/** A document as its reader delivered it (paragraphs and tables). */
export function parsePlanDocument(doc: PlanDocument): ParsedPlan {
  const parsed = parsePlanText(documentText(doc));
  // The reader's notices concern the file, not a line of it: they lead the warnings.
  const notices = (doc.notices ?? []).map((message) => ({ line: 1, message }));
  return notices.length ? { ...parsed, warnings: [...notices, ...parsed.warnings] } : parsed;
}
