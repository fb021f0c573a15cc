// When to try a failed message again: 1, 2, 4, … minutes, capped at an hour;
// after MAX_ATTEMPTS tries it is failed for good and shown as such to admins.
export const MAX_ATTEMPTS = 8;
const BASE_MS = 60_000;
const CAP_MS = 60 * 60_000;

/** A claimed message is leased for this long: a worker killed mid-send leaves it to be picked again after it. */
export const LEASE_MS = 10 * 60_000;

/** The wait after the `attempts`-th failed try (attempts ≥ 1). */
export function retryDelayMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}
