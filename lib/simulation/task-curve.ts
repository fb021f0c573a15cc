// A task's course over the activity window: the status and progress it shows
// at the end of each active period, toward the outcome drawn for it.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { Rng } from "./rng";

export type Outcome = "completed" | "delayed" | "paused" | "in_progress";

export interface Curve {
  progress: number[];
  status: TaskStatus[];
}

/** Where in a window of `n` periods the turning points fall: the two simulated worlds differ here (see ./profiles.ts). */
export interface CurvePace {
  /** The period a completed task reaches 100 %. */
  completedAt(rng: Rng, n: number): number;
  /** The period a delayed or paused task stops moving. */
  stalledAt(rng: Rng, n: number, outcome: "delayed" | "paused"): number;
  /** Where an unfinished task ends up, given the share of its plan's time gone by. */
  inProgressEnd(rng: Rng, elapsed: number): number;
}

export interface OutcomeShares {
  completed: number;
  delayed: number;
  paused: number;
}

/** Shuffles the tasks and deals outcomes by share; the rest stay under way. */
export function dealOutcomes<T>(rng: Rng, tasks: readonly T[], shares: OutcomeShares): Map<T, Outcome> {
  const shuffled = rng.shuffle(tasks);
  const completed = Math.round(shuffled.length * shares.completed);
  const delayed = completed + Math.round(shuffled.length * shares.delayed);
  const paused = delayed + Math.round(shuffled.length * shares.paused);
  return new Map(shuffled.map((task, i) => [task, i < completed ? "completed" : i < delayed ? "delayed" : i < paused ? "paused" : "in_progress"]));
}

const roundTo5 = (n: number) => Math.max(5, Math.min(100, Math.round(n / 5) * 5));
const lerp = (a: number, b: number, f: number) => a + (b - a) * f;

export function taskCurve(rng: Rng, outcome: Outcome, n: number, pace: CurvePace, elapsed: number): Curve {
  const start = rng.int(1, 3) * 5;
  const progress: number[] = [];
  const status: TaskStatus[] = [];
  if (outcome === "completed") {
    const done = pace.completedAt(rng, n);
    for (let k = 0; k < n; k++) {
      progress.push(k >= done ? 100 : roundTo5(lerp(start, 90, done === 0 ? 1 : k / done) + rng.int(-1, 1) * 5));
      status.push(k >= done ? "completed" : "in_progress");
    }
  } else if (outcome === "delayed" || outcome === "paused") {
    const stalledAt = pace.stalledAt(rng, n, outcome);
    const stall = rng.int(4, 11) * 5;
    for (let k = 0; k < n; k++) {
      progress.push(roundTo5(k < stalledAt ? lerp(start, stall, stalledAt === 0 ? 1 : k / stalledAt) : stall));
      status.push(k >= stalledAt ? outcome : "in_progress");
    }
  } else {
    const end = pace.inProgressEnd(rng, elapsed);
    for (let k = 0; k < n; k++) {
      progress.push(roundTo5(lerp(start, end, n === 1 ? 1 : k / (n - 1)) + rng.int(-1, 1) * 5));
      status.push("in_progress");
    }
  }
  // Progress never goes back, and only a completed task shows 100 %.
  for (let k = 1; k < n; k++) progress[k] = Math.max(progress[k]!, progress[k - 1]!);
  for (let k = 0; k < n; k++) if (status[k] !== "completed") progress[k] = Math.min(progress[k]!, 95);
  return { progress, status };
}
