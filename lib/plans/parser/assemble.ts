/**
 * Heading tree → sections, tasks and plan text.
 *
 * A task is a leaf heading (no numbered children) under a section. Its body
 * becomes measures: labelled 工作举措/具体措施 text split into sentences;
 * unlabelled prose split into sentences when the title shares a line with the
 * body (“1、强化政治建设。把…”) or the page is hard-wrapped; otherwise one
 * measure per paragraph (five-year plans: “优化布局，提升普及率。…”).
 */
import type { ParseWarning, PlanSection, PlanMilestone, PlanTask, PlanTextBlock, ResponsibleUnit, Target } from "./types";
import type { SourceLine } from "./normalize";
import type { Item, Node } from "./tree";
import type { Layout } from "./layout";
import { ARABIC_ITEM_MARK, classifyNonTaskTitle } from "./headings";
import { extractInlineFields, type FieldDef } from "./fields";
import { addUnit, looksLikePersonName, officesBeforeNames, splitPeople, splitUnits } from "./names";
import { joinListLines } from "./list-wrap";
import { hasTaskChildren, isEmptyChapter, isStatementItem } from "./leaves";
import { extractTargets, introducedYear, type TargetContext } from "./targets";
import { cleanProse, joinLines, splitSentences, type LinedText } from "./text";
import { deadlineOrDone, isOnlyStatus, statedStatus, type StatedStatus } from "./stated-status";
import { isStage, readStages } from "./stages";

export interface AssembleContext {
  rawLines: string[];
  layout: Layout;
  targets: TargetContext;
  warnings: ParseWarning[];
}

export interface Assembled {
  preamble: string[];
  planText: PlanTextBlock[];
  sections: PlanSection[];
  goalTargets: Target[];
}

function paraText(lines: SourceLine[]): string {
  return cleanProse(joinLines(lines).text);
}

/** Concatenate pieces with "\n" between them so clauses never run across pieces. */
function concatLined(parts: LinedText[]): LinedText {
  let text = "";
  const starts: LinedText["starts"] = [];
  for (const p of parts) {
    if (!p.text) continue;
    if (text) text += "\n";
    for (const s of p.starts) starts.push({ offset: s.offset + text.length, line: s.line });
    text += p.text;
  }
  return { text, starts };
}

/** Sentences, further split at inline numbered items “（1）…（2）…”, “1)…；2)…” and “一是…；二是…”. */
/** Where a sentence holds items of its own: （1）/①, 1）… or 1.… after a semicolon, 二是 after a comma. */
const ITEMS_IN_SENTENCE = new RegExp(
  `(?=[（(]\\d{1,2}[)）]|[①-⑳])|(?<=[；;])(?=\\d{1,2}[)）])|(?<=[；;])\\s*(?=\\d{1,2}${ARABIC_ITEM_MARK})|(?<=[；;，,])(?=[二三四五六七八九十]是)`,
);

export function splitMeasures(text: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(text)) {
    const parts = s
      .split(ITEMS_IN_SENTENCE)
      .map((p) => p.trim())
      .filter(Boolean);
    out.push(...(parts.length > 1 ? parts : [s]));
  }
  return out;
}

interface Collected {
  paras: SourceLine[][];
  fields: { def: FieldDef; label: string; line: number; lines: SourceLine[]; inline?: string }[];
}

const areStages = (lines: SourceLine[]) => lines.length >= 2 && lines.every((l) => isStage(l.text));

/** Separate a node's content into unlabelled paragraphs and fields (inline labels included). */
function collect(items: Item[]): Collected {
  const out: Collected = { paras: [], fields: [] };
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (item.type === "field") out.fields.push({ def: item.def, label: item.label, line: item.line, lines: item.lines });
    else if (item.type === "para" && previous?.type === "field" && previous.def.kind === "deadline" && previous.lines.length === 0 && areStages(item.lines)) {
      // 推进节点： then （1）4月底前完成排查 / （2）…: the label's value, so the stages are milestones, not measures.
      out.fields[out.fields.length - 1]!.lines = item.lines;
    } else if (item.type === "para") {
      const joined = joinLines(item.lines).text;
      const { text, fields } = extractInlineFields(joined);
      for (const f of fields) out.fields.push({ def: f.def, label: f.label, line: item.lines[item.lines.length - 1]?.line ?? 0, lines: [], inline: f.value });
      if (fields.length === 0) out.paras.push(item.lines);
      else if (text) out.paras.push([{ line: item.lines[0]?.line ?? 0, text }]);
    }
  });
  return out;
}

/** A list field's broken lines as one value: each break is a separator or a cut name (list-wrap.ts). */
function listValue(f: Collected["fields"][number]): string {
  if (f.inline !== undefined) return f.inline;
  const texts = f.lines.map((l) => l.text);
  const value = f.def.kind === "leaders" || f.def.kind === "units" ? joinListLines(f.def.kind, texts) : texts.join(texts.some((t) => / /.test(t)) ? " " : "");
  return withoutUnopenedClose(value);
}

/**
 * 完成时限：2026年12月底前） — the close of a （牵头单位：… bracket a wrap left on the
 * field's own line: a closing bracket the value never opened is not part of it.
 */
function withoutUnopenedClose(value: string): string {
  const trimmed = value.trimEnd();
  if (!/[）)]$/.test(trimmed)) return value;
  const opens = (trimmed.match(/[（(]/g) ?? []).length;
  const closes = (trimmed.match(/[）)]/g) ?? []).length;
  return closes > opens ? trimmed.slice(0, -1).trimEnd() : value;
}

function roles(c: Collected, ctx: AssembleContext) {
  const leaders: string[] = [];
  const units: ResponsibleUnit[] = [];
  let deadline: string | null = null;
  const milestones: PlanMilestone[] = [];
  let done = false;
  for (const f of c.fields) {
    const value = listValue(f);
    if (f.def.kind === "leaders") {
      const { offices, people } = officesBeforeNames(value);
      for (const office of offices) addUnit(units, office);
      for (const name of splitPeople(people)) {
        if (!leaders.includes(name)) leaders.push(name);
        if (!looksLikePersonName(name)) ctx.warnings.push({ line: f.line, message: `“${f.label}”中的“${name}”不像人名，请核对` });
      }
    } else if (f.def.kind === "units") {
      for (const u of splitUnits(value, f.def.role ?? "responsible")) {
        addUnit(units, u);
      }
    } else if (f.def.kind === "deadline") {
      const written = cleanProse(value);
      // 时间节点：3月底前完成方案；6月底前完成组建: milestones; a plain 完成时限 beside them is still the deadline.
      const stages = readStages(written);
      if (stages) {
        milestones.push(...stages.milestones);
        continue;
      }
      // 整改时限：已完成 states the task done (deadlineOrDone).
      const read = deadlineOrDone(written);
      if (read.done) done = true;
      if (read.deadline) deadline = read.deadline;
    }
  }
  return { leaders, units, deadline: deadline ?? milestones[milestones.length - 1]?.deadline ?? null, milestones, done };
}

function sourceText(ctx: AssembleContext, from: number, to: number): string {
  return ctx.rawLines
    .slice(from - 1, to)
    .join("\n")
    .replace(/^\s*\n|\n\s*$/g, "")
    .trim();
}

/** `siblings`: the task's fellow children, to tell a list of one-line statements from a heading left empty. */
function buildTask(node: Node, siblings: readonly Node[], ctx: AssembleContext): PlanTask {
  const c = collect(node.items);
  const { leaders, units, deadline, milestones, done } = roles(c, ctx);
  const goalFields = c.fields.filter((f) => f.def.kind === "goal");
  const measureFields = c.fields.filter((f) => f.def.kind === "measures");
  const goalText = goalFields
    .map((f) => cleanProse(joinLines(f.lines).text))
    .filter(Boolean)
    .join("\n");

  const measures: string[] = [];
  for (const f of measureFields) measures.push(...splitMeasures(cleanProse(joinLines(f.lines).text)));
  let status: StatedStatus | null = done ? "completed" : null;
  for (const f of c.fields.filter((f) => f.def.kind === "status")) {
    const value = paraText(f.lines);
    status ??= statedStatus(value);
    // 整改状态：已完成 is the status itself; anything more is a progress note kept with the measures.
    if (value && !isOnlyStatus(value)) measures.push(`${f.label}：${value}`);
  }
  if (c.paras.length > 0) {
    if (measureFields.length > 0 || goalFields.length > 0) {
      ctx.warnings.push({ line: c.paras[0]?.[0]?.line ?? node.line, message: `任务“${node.title}”中有未标注字段的文字，已并入工作举措` });
    }
    if (measureFields.length > 0 || node.inlineBody || ctx.layout.wrapped) {
      measures.push(...splitMeasures(c.paras.map(paraText).join("")));
    } else {
      measures.push(...c.paras.map(paraText).filter(Boolean));
    }
  }
  // 问题描述：… says what the task is to put right: kept first, under its label, and its figures are no targets.
  measures.unshift(...c.fields.filter((f) => f.def.kind === "problem").map((f) => `${f.label}：${paraText(f.lines)}`));
  // A title that names who does it, or by when (1.举办运动会。（竞训科，2025年10月）), is a task, not an empty heading;
  // so is one its line ends with a full stop ((1)实验室配备全部达到国家标准。), the only item of its list or not.
  const statement = isStatementItem(node, siblings) || /[。！!]\s*$/.test(ctx.rawLines[node.line - 1] ?? "");
  if (!goalText && measures.length === 0 && units.length === 0 && !deadline && !statement) {
    ctx.warnings.push({ line: node.line, message: `任务“${node.title}”没有内容` });
  }

  // A problem's figures (大班额23个, 缺编89人) say what is wrong: the targets are in its measures.
  const titleText: LinedText[] = node.problem ? [] : [{ text: node.title, starts: [{ offset: 0, line: node.line }] }];
  const body = concatLined([
    ...titleText,
    ...goalFields.map((f) => joinLines(f.lines)),
    ...measureFields.map((f) => joinLines(f.lines)),
    ...c.paras.map((p) => joinLines(p)),
  ]);
  const { targets, missing } = extractTargets(body, ctx.targets);
  for (const m of missing) ctx.warnings.push({ line: m.line, message: `疑似缺少目标数值：“${m.text}”` });

  return {
    number: node.number ?? 0,
    title: node.title,
    goal: goalText || null,
    measures,
    leaders,
    units,
    targets,
    deadline,
    dueDate: null,
    ongoing: false,
    ...(status ? { status } : {}),
    ...(milestones.length ? { milestones } : {}),
    source: { line: node.line },
    sourceText: sourceText(ctx, node.line, node.endLine),
    line: node.line,
    endLine: node.endLine,
  };
}

function planTextBlock(node: Node, ctx: AssembleContext, out: Assembled): PlanTextBlock {
  const parts: string[] = [];
  /** The rank of the goals heading (（二）主要目标) whose items are being read: its 1. 2. below it are goals too. */
  let goalRank: number | null = node.planKind === "goals" ? Number.NEGATIVE_INFINITY : null;
  /** 到2027年，…。具体目标如下：: the year of the goals listed after it. */
  let listYear: number | null = null;
  const addGoalTargets = (text: LinedText) => {
    const { targets, missing } = extractTargets(text, ctx.targets);
    out.goalTargets.push(...targets.map((t) => (t.year === null && listYear !== null ? { ...t, year: listYear } : t)));
    for (const m of missing) ctx.warnings.push({ line: m.line, message: `疑似缺少目标数值：“${m.text}”` });
  };
  for (const item of node.items) {
    if (item.type === "heading") {
      parts.push(`${item.marker}${item.title}`);
      if (goalRank === null && classifyNonTaskTitle(item.title) === "goals") goalRank = item.rank;
      else if (goalRank !== null && item.rank <= goalRank) {
        goalRank = classifyNonTaskTitle(item.title) === "goals" ? item.rank : null;
        listYear = null;
      } else if (goalRank !== null) {
        // 1.学前三年毛入园率达到93%以上。: a goal that is all heading.
        addGoalTargets({ text: item.title, starts: [{ offset: 0, line: item.line.line }] });
      }
    } else {
      const lines = item.type === "field" ? item.lines : item.lines;
      const text = paraText(lines);
      if (!text) continue;
      parts.push(item.type === "field" ? `${item.label}：${text}` : text);
      if (goalRank !== null) {
        addGoalTargets(joinLines(lines));
        listYear = introducedYear(text, ctx.targets) ?? listYear;
      }
    }
  }
  return { title: node.title, kind: node.planKind ?? "other", text: parts.join("\n"), line: node.line };
}

function buildSection(node: Node, ctx: AssembleContext, out: Assembled): PlanSection {
  const c = collect(node.items);
  const { leaders, units } = roles(c, ctx);
  const intro = [
    ...c.paras.map(paraText),
    ...c.fields.filter((f) => ["goal", "measures", "status", "problem"].includes(f.def.kind)).map((f) => `${f.label}：${paraText(f.lines)}`),
  ].filter(Boolean);
  const section: PlanSection = {
    number: node.number,
    title: node.title,
    text: intro.length ? intro.join("\n") : null,
    line: node.line,
    leaders,
    units,
    sections: [],
    tasks: [],
  };
  for (const child of node.children) {
    if (child.planKind) out.planText.push(planTextBlock(child, ctx, out));
    else if (hasTaskChildren(child) || isEmptyChapter(child, node.children)) section.sections.push(buildSection(child, ctx, out));
    else section.tasks.push(buildTask(child, node.children, ctx));
  }
  if (section.tasks.length === 0 && section.sections.length === 0) {
    ctx.warnings.push({ line: node.line, message: `章节“${node.title}”下未识别出任务${section.text ? "，内容保留为章节正文" : ""}` });
  }
  return section;
}

export function assemble(root: Node, ctx: AssembleContext): Assembled {
  const out: Assembled = { preamble: [], planText: [], sections: [], goalTargets: [] };
  const rootContent = collect(root.items);
  out.preamble.push(...rootContent.paras.map(paraText).filter(Boolean));
  for (const f of rootContent.fields) {
    ctx.warnings.push({ line: f.line, message: `字段“${f.label}”出现在任何任务之前，已保留在前言中` });
    out.preamble.push(`${f.label}：${cleanProse(listValue(f))}`);
  }

  const leaves = root.children.filter((c) => c.planKind === null && !hasTaskChildren(c));
  const flat = leaves.length > 0 && root.children.every((c) => c.planKind !== null || !hasTaskChildren(c));
  let synthetic: PlanSection | null = null;
  for (const child of root.children) {
    if (child.planKind === "preface") {
      const block = planTextBlock(child, ctx, out);
      if (block.text) out.preamble.push(block.text);
    } else if (child.planKind) {
      out.planText.push(planTextBlock(child, ctx, out));
    } else if (hasTaskChildren(child) || (flat && isEmptyChapter(child, root.children))) {
      out.sections.push(buildSection(child, ctx, out));
    } else if (flat) {
      // No section headings at all (a short list of items is a common 工作要点): the numbered items are the tasks.
      if (!synthetic) {
        synthetic = { number: null, title: "", text: null, line: child.line, leaders: [], units: [], sections: [], tasks: [] };
        out.sections.push(synthetic);
      }
      synthetic.tasks.push(buildTask(child, root.children, ctx));
    } else {
      out.sections.push(buildSection(child, ctx, out));
    }
  }
  return out;
}
