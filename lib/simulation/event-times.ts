// When things happen: calendar dates are UTC midnight; events fall in office
// hours in China (09:00–17:30, i.e. 01:00–09:30 UTC) where possible, and
// always before the simulated "today" (the cap).
import type { Rng } from "./rng";

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export const utcDay = (ms: number) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};

export function officeTime(rng: Rng, dayMs: number): number {
  return dayMs + HOUR + Math.floor(rng.float() * 8.5 * HOUR);
}

// Days between a report's steps: create → submit (0–2), → review (1–5), → resubmit (1–4), → review (1–4).
const STEP_GAPS: readonly (readonly [number, number])[] = [
  [0, 2],
  [1, 5],
  [1, 4],
  [1, 4],
];

/** The day gaps between `steps` successive report steps. */
export function stepGaps(rng: Rng, steps: number): number[] {
  return STEP_GAPS.slice(0, steps - 1).map(([lo, hi]) => rng.int(lo, hi));
}

/**
 * Event times: the first on `firstDay`, each later one `gaps[i]` days after the
 * previous (same day → later that day), all before `cap`. If they would pass
 * `cap` they are moved back, and squeezed into [floor, cap) as a last resort.
 */
export function eventTimes(rng: Rng, firstDay: number, gapsInDays: readonly number[], floor: number, cap: number): number[] {
  const times: number[] = [];
  let day = firstDay;
  for (let i = 0; i <= gapsInDays.length; i++) {
    if (i > 0) day += gapsInDays[i - 1]! * DAY;
    let t = officeTime(rng, day);
    const prev = times[times.length - 1];
    if (prev !== undefined && t <= prev) t = prev + 10 * MINUTE + Math.floor(rng.float() * 80 * MINUTE);
    times.push(t);
  }
  const last = times[times.length - 1]!;
  if (last >= cap) {
    const shift = Math.max(0, Math.min(last - cap + HOUR, times[0]! - floor));
    for (let i = 0; i < times.length; i++) times[i]! -= shift;
  }
  if (times[times.length - 1]! >= cap) {
    const span = Math.max(cap - floor - HOUR, times.length * MINUTE);
    for (let i = 0; i < times.length; i++) times[i] = floor + Math.floor((span * (i + 1)) / (times.length + 1));
  }
  return times;
}
