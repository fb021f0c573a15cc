// What the public page may show: plain, serialisable snapshots built from an
// explicit whitelist (lib/public/read-*.ts). Nothing here is a database row:
// a field not named below cannot reach a reader (never report texts,
// evidence, units' people, or people other than the responsible leaders).
import type { Comparator, PlanKind, TaskStatus } from "@/lib/generated/prisma/enums";
import type { Judgement } from "@/lib/vocabulary";

export interface PublicBureau {
  code: string;
  name: string;
}

/** What the bureau admin chose to show (plan_publications.show_*). */
export interface PublicShown {
  tasks: boolean;
  progress: boolean;
  indicators: boolean;
  leaders: boolean;
}

export interface PublicPlanHeader {
  id: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  documentNumber: string | null;
  /** ISO instant. */
  publishedAt: string;
}

export interface PublicTask {
  number: number;
  title: string;
  /** The deadline as the document wrote it, else the date it resolved to (YYYY-MM-DD). */
  deadline: string | null;
  /** Only when status and progress are shown. */
  status?: TaskStatus;
  progress?: number;
  /** Only when responsible leaders are shown: their names. */
  leaders?: string[];
}

export interface PublicSection {
  title: string;
  tasks: PublicTask[];
}

export interface PublicTaskSummary {
  total: number;
  byStatus: Record<TaskStatus, number>;
  /** Mean progress in percent, rounded. */
  meanProgress: number;
}

export interface PublicIndicator {
  name: string;
  unit: string | null;
  comparator: Comparator;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetMax: number | null;
  targetYear: number | null;
  /** The latest counted value (lib/indicators/counted-values-sql.ts); asOf is YYYY-MM-DD. */
  latest: { value: number; asOf: string } | null;
  judgement: Judgement;
}

export interface PublicPlanSnapshot {
  bureau: PublicBureau;
  plan: PublicPlanHeader;
  shown: PublicShown;
  /** Null unless status and progress are shown. */
  summary: PublicTaskSummary | null;
  /** Null unless tasks are shown. */
  sections: PublicSection[] | null;
  /** Null unless indicators are shown. */
  indicators: PublicIndicator[] | null;
  /** 数据更新时间: when this snapshot was read (ISO instant). */
  readAt: string;
}

export interface PublicBureauSnapshot {
  bureau: PublicBureau;
  plans: PublicPlanHeader[];
  readAt: string;
}
