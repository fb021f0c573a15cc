// What a simulation is given (a plan's tasks, report slots and indicators,
// from whatever holds them) and what it returns: plain records that refer
// back to the caller's own objects, for a sink to turn into rows.
import type { ReportStatus, ReviewState, SlotStatus, TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import type { ActivityWindow } from "./activity-window";
import type { Fate, Step } from "./fates";
import type { ModelledIndicator } from "./indicator-model";
import type { SimulationProfile } from "./profiles";
import type { Rng } from "./rng";

/** One random stream per stable key, so a row's draws never depend on the order rows are made in. */
export type Streams = (...key: (string | number)[]) => Rng;

/** What every step of one plan's simulation shares. */
export interface SimContext {
  window: ActivityWindow;
  profile: SimulationProfile;
  /** The staff member who records task status, reviews reports and enters the bureau's own actuals. */
  staff: string;
  streams: Streams;
}

export interface SimTask {
  /** Stable within the plan (e.g. position#number): keys the task's stream. */
  key: string;
  status: TaskStatus;
  progress: number;
}

export interface SimSlot<T extends SimTask = SimTask> {
  task: T;
  /** Index into the window's periods. */
  periodIndex: number;
  /** The reporting unit's name: keys the slot's stream. */
  unitName: string;
  role: UnitRole;
  /** Who writes the report (the unit's reporter, else a staff member). */
  author: string;
}

export interface SimIndicator<T extends SimTask = SimTask> extends ModelledIndicator {
  /** Stable within the plan: keys the indicator's streams. */
  key: string;
  task: T | null;
}

export interface StatusChange {
  from: TaskStatus;
  to: TaskStatus;
  fromProgress: number;
  toProgress: number;
  /** The new due date of a task that fell behind. */
  dueDate: number | null;
  note: string;
  at: number;
}

export interface TaskHistory<T extends SimTask = SimTask> {
  task: T;
  changes: StatusChange[];
  status: TaskStatus;
  progress: number;
  dueDate: number | null;
}

export interface ReportEventStep extends Step {
  at: number;
  actor: string;
  comment: string | null;
}

export interface SimReport {
  fate: Exclude<Fate, "open">;
  status: ReportStatus;
  summary: string;
  progress: number;
  problems: string;
  nextSteps: string;
  version: number;
  author: string;
  submittedAt: number | null;
  review: { at: number; by: string; comment: string | null } | null;
  createdAt: number;
  updatedAt: number;
  events: ReportEventStep[];
}

export interface SlotOutcome<S extends SimSlot = SimSlot> {
  slot: S;
  status: SlotStatus;
  /** When the overdue job marked it: the morning after its due date. */
  overdueAt: number | null;
  report: SimReport | null;
}

export interface SimActual<I extends SimIndicator = SimIndicator, S extends SimSlot = SimSlot> {
  indicator: I;
  periodIndex: number;
  value: number;
  /** The slot whose report carries the value; null: the bureau entered it. */
  carrier: SlotOutcome<S> | null;
  reviewState: ReviewState;
  enteredBy: string;
  createdAt: number;
}
