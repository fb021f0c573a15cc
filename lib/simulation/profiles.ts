// The two simulated worlds, side by side so that every difference between
// them is a deliberate value here rather than drift between two copies:
// DEMO: the demo bureaus' own plans, reported quarterly, about two years back;
// PROVINCE: the benchmark's synthetic districts, 36 months reported monthly.
import type { FateTables } from "./fates";
import { phrasesFor, type Phrases } from "./phrases";
import type { Rng } from "./rng";
import type { CurvePace, OutcomeShares } from "./task-curve";

export interface SimulationProfile {
  outcomes: OutcomeShares;
  pace: CurvePace;
  /** Staff record growing progress in every `every`-th active period with this chance (and always in the latest). */
  progressUpdates: { every: number; chance: number };
  /** Ended periods before the current one whose reports are still moving. */
  recentPeriods: number;
  fates: FateTables;
  phrases: Phrases;
}

export const DEMO_PREFIX = "【演示数据】";

/** A few quarters: completion in the second half, stalls in the last three periods, progress following the plan's elapsed time. */
const QUARTERS_PACE: CurvePace = {
  completedAt: (rng, n) => (n === 1 ? 0 : rng.int(Math.ceil((n - 1) / 2), n - 1)),
  stalledAt: (rng, n) => (n === 1 ? 0 : rng.int(Math.max(1, n - 3), n - 1)),
  inProgressEnd: (rng, elapsed) => Math.max(15, Math.min(90, 25 + 60 * elapsed + rng.int(-15, 10))),
};

/** A period at a random fraction [lo, hi) of a window of `n`. */
const periodAt = (rng: Rng, n: number, lo: number, hi: number) => Math.min(n - 1, Math.max(0, Math.round((n - 1) * rng.between(lo, hi))));

/** Three years of months: turning points anywhere in a share of the window, unfinished tasks at 40–95 %. */
const MONTHS_PACE: CurvePace = {
  completedAt: (rng, n) => periodAt(rng, n, 0.35, 0.95),
  stalledAt: (rng, n, outcome) => (outcome === "delayed" ? periodAt(rng, n, 0.6, 0.97) : periodAt(rng, n, 0.4, 0.9)),
  inProgressEnd: (rng) => rng.int(8, 19) * 5,
};

export const DEMO_PROFILE: SimulationProfile = {
  outcomes: { completed: 0.3, delayed: 0.1, paused: 0 },
  pace: QUARTERS_PACE,
  progressUpdates: { every: 1, chance: 0.7 },
  recentPeriods: 1,
  fates: {
    old: [
      ["open", 0.04],
      ["returned", 0.01],
      ["submitted", 0.02],
      ["approvedAfterReturn", 0.15],
      ["approved", 1],
    ],
    recentDue: [
      ["open", 0.1],
      ["draft", 0.05],
      ["returned", 0.08],
      ["submitted", 0.22],
      ["resubmitted", 0.05],
      ["approvedAfterReturn", 0.08],
      ["approved", 1],
    ],
    recent: [
      ["open", 0.25],
      ["draft", 0.15],
      ["submitted", 0.35],
      ["approved", 1],
    ],
    current: [
      ["open", 0.5],
      ["draft", 0.2],
      ["submitted", 0.2],
      ["approved", 1],
    ],
  },
  phrases: phrasesFor("quarterly", DEMO_PREFIX),
};

/** Busier and more settled than the demo: fewer slots left open, more approved, a few tasks paused. */
export const PROVINCE_PROFILE: SimulationProfile = {
  outcomes: { completed: 0.3, delayed: 0.1, paused: 0.03 },
  pace: MONTHS_PACE,
  // Staff update progress at quarter ends.
  progressUpdates: { every: 3, chance: 0.8 },
  recentPeriods: 2,
  fates: {
    old: [
      ["open", 0.015],
      ["returned", 0.005],
      ["submitted", 0.01],
      ["approvedAfterReturn", 0.08],
      ["approved", 1],
    ],
    recentDue: [
      ["open", 0.06],
      ["draft", 0.04],
      ["returned", 0.06],
      ["submitted", 0.2],
      ["resubmitted", 0.04],
      ["approvedAfterReturn", 0.06],
      ["approved", 1],
    ],
    recent: [
      ["open", 0.2],
      ["draft", 0.15],
      ["submitted", 0.35],
      ["approved", 1],
    ],
    current: [
      ["open", 0.45],
      ["draft", 0.2],
      ["submitted", 0.25],
      ["approved", 1],
    ],
  },
  phrases: phrasesFor("monthly", ""),
};
