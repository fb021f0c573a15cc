/**
 * Public data shapes produced by `parsePlanText`.
 * All line numbers are 1-based and refer to the ORIGINAL input text, so that
 * a reviewer can jump from a task or warning straight to the source document.
 */
import type { ApiComparator } from "@/lib/vocabulary/comparator";
import type { PeriodBasis } from "@/lib/vocabulary/period-basis";
import type { StatedStatus } from "./stated-status";

/** The API's spelling (">="); lib/vocabulary/comparator.ts maps it to the database's. */
export type Comparator = ApiComparator;

export interface Target {
  /** The short clause the number was found in (not the whole paragraph). */
  text: string;
  /** For ranges this is the lower bound; for "change" it is signed (下降 → negative). */
  value: number;
  unit: string;
  comparator: Comparator;
  /** Year the target should be reached by, when the text states one. */
  year: number | null;
  min?: number;
  max?: number;
  line: number;
}

export type UnitRole = "lead" | "cooperate" | "responsible";

export interface ResponsibleUnit {
  name: string;
  role: UnitRole;
  /** Present only when `name` was completed from a shared prefix (财政局 → 县财政局). */
  raw?: string;
}

/**
 * Where a task came from, counted from 1: a line of the document's text (for
 * .txt the file's own line; for other formats the line of its text rendering,
 * one per paragraph and one per table row), or a table and its row. `page`
 * only for formats with pages (PDF).
 */
export type TaskSource = { line: number; page?: number } | { table: number; row: number; page?: number };

/** A project of an annex project table (项目名称 | 建设内容 | 总投资 | 建设年限 | 责任单位). */
export interface PlanProject {
  name: string;
  content: string | null;
  /** 总投资 as written (e.g. "1.2亿元"), and in 万元 when it can be read. */
  investment: string | null;
  investmentWanYuan: number | null;
  /** 建设年限 as written (e.g. "2021-2023年"). */
  years: string | null;
  units: ResponsibleUnit[];
  /** Number of the task whose text cites this project's annex (具体项目见附件2), if any. */
  taskNumber: number | null;
  source: { table: number; row: number; page?: number };
}

export interface PlanTask {
  number: number;
  title: string;
  /** Only set when the document labels it (目标任务：…); never guessed from prose. */
  goal: string | null;
  measures: string[];
  leaders: string[];
  /** Leader names as the document spelled them (赵 丽), only where they differ from `leaders`. */
  leadersRaw?: string[];
  units: ResponsibleUnit[];
  targets: Target[];
  /** 完成时限 / 时间节点 as written, when labelled. */
  deadline: string | null;
  /** ISO date (YYYY-MM-DD) the deadline resolves to, when it names one. */
  dueDate: string | null;
  /** True for deadlines with no single date (全年 / 长期 / 持续推进 / 每季度). */
  ongoing: boolean;
  /** The status the document states for the row (整改状态：已完成), when it states one. */
  status?: StatedStatus;
  /** The stages a table plans for it (一季度 | 二季度 … columns), in order. */
  milestones?: PlanMilestone[];
  source: TaskSource;
  /** The raw input lines the task was built from, unmodified. */
  sourceText: string;
  line: number;
  endLine: number;
}

/** A stage of a task as a table plans it: 一季度 → 完成选址. */
export interface PlanMilestone {
  /** What is to be done by then. */
  title: string;
  /** When, as the header wrote it (一季度, 3月底前, 2025年). */
  deadline: string;
  /** ISO date (YYYY-MM-DD) the deadline resolves to, when it names one. */
  dueDate: string | null;
}

export interface PlanSection {
  number: number | null;
  title: string;
  /** Introductory prose between the heading and its first child. */
  text: string | null;
  line: number;
  /** Leaders/units labelled at section level (apply to every task below). */
  leaders: string[];
  units: ResponsibleUnit[];
  sections: PlanSection[];
  tasks: PlanTask[];
}

export type PlanTextKind = "preface" | "review" | "strategy" | "goals" | "safeguards" | "glossary" | "attachment" | "other";

export interface PlanTextBlock {
  title: string;
  kind: PlanTextKind;
  /** Paragraphs separated by "\n"; sub-headings kept as their own lines. */
  text: string;
  line: number;
}

export interface IndicatorValue {
  value: number;
  year: number | null;
}

export interface IndicatorTarget extends IndicatorValue {
  comparator: Comparator;
  min?: number;
  max?: number;
}

export interface Indicator {
  name: string;
  unit: string | null;
  /** Group heading row of the table (e.g. 学前教育), when the table has one. */
  category: string | null;
  baseline: IndicatorValue | null;
  target: IndicatorTarget | null;
  /** 预期性 / 约束性 column, when present. */
  attribute: string | null;
  line: number;
}

export interface PlanPeriod {
  startYear: number;
  endYear: number;
  /** Where the period came from, so consumers can judge how much to trust it. */
  basis: PeriodBasis;
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedPlan {
  title: string;
  period: PlanPeriod | null;
  documentNumber: string | null;
  issuer: string | null;
  /** "YYYY-MM-DD" or "YYYY-MM" as precise as the document states. */
  issueDate: string | null;
  preamble: string;
  /** Letterhead, 文号 and 通知 cover letter that precede the plan's own title. */
  frontMatter: string | null;
  /** Closing signature / 抄送 lines after the plan body. */
  backMatter: string | null;
  planText: PlanTextBlock[];
  sections: PlanSection[];
  indicators: Indicator[];
  /** Annex project tables; projects are not tasks. */
  projects: PlanProject[];
  /** Quantified targets stated in goal prose (发展目标 / 主要目标 …) outside tasks. */
  targets: Target[];
  warnings: ParseWarning[];
}
