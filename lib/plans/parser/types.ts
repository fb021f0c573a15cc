/**
 * Public data shapes produced by `parsePlanText`.
 * All line numbers are 1-based and refer to the ORIGINAL input text, so that
 * a reviewer can jump from a task or warning straight to the source document.
 */
import type { ApiComparator } from "@/lib/vocabulary/comparator";
import type { PeriodBasis } from "@/lib/vocabulary/period-basis";

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

export interface PlanTask {
  number: number;
  title: string;
  /** Only set when the document labels it (目标任务：…); never guessed from prose. */
  goal: string | null;
  measures: string[];
  leaders: string[];
  units: ResponsibleUnit[];
  targets: Target[];
  /** 完成时限 / 时间节点 when labelled. */
  deadline: string | null;
  /** The raw input lines the task was built from, unmodified. */
  sourceText: string;
  line: number;
  endLine: number;
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
  /** Quantified targets stated in goal prose (发展目标 / 主要目标 …) outside tasks. */
  targets: Target[];
  warnings: ParseWarning[];
}
