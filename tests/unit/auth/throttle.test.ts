import { describe, expect, it } from "vitest";
import { retryAfterSeconds, THROTTLE, type ThrottleState } from "@/lib/auth/throttle";

const now = new Date("2026-12-03T08:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const state = (over: Partial<ThrottleState>): ThrottleState => ({
  pairFailures: 0,
  pairLastFailureAt: null,
  accountFailures: 0,
  addressFailures: 0,
  now,
  ...over,
});

describe("sign-in throttle decision", () => {
  it("never holds back a source that has not failed, however hot its account and address", () => {
    expect(retryAfterSeconds(state({ accountFailures: 1000, addressFailures: 1000 }))).toBe(0);
  });

  it("gives a calm source three failures, then waits 30 s doubling per failure up to an hour", () => {
    expect(retryAfterSeconds(state({ pairFailures: 2, pairLastFailureAt: now }))).toBe(0);
    expect(retryAfterSeconds(state({ pairFailures: 3, pairLastFailureAt: now }))).toBe(30);
    expect(retryAfterSeconds(state({ pairFailures: 4, pairLastFailureAt: now }))).toBe(60);
    expect(retryAfterSeconds(state({ pairFailures: 5, pairLastFailureAt: secondsAgo(100) }))).toBe(20);
    expect(retryAfterSeconds(state({ pairFailures: 40, pairLastFailureAt: now }))).toBe(THROTTLE.maxDelaySeconds);
    expect(retryAfterSeconds(state({ pairFailures: 3, pairLastFailureAt: secondsAgo(30) }))).toBe(0);
  });

  it("gives one failure per source while the account or the address is under attack", () => {
    const once = { pairFailures: 1, pairLastFailureAt: secondsAgo(10) };
    expect(retryAfterSeconds(state(once))).toBe(0);
    expect(retryAfterSeconds(state({ ...once, accountFailures: THROTTLE.accountUnderAttack }))).toBe(20);
    expect(retryAfterSeconds(state({ ...once, addressFailures: THROTTLE.addressUnderAttack }))).toBe(20);
    expect(retryAfterSeconds(state({ ...once, addressFailures: THROTTLE.addressUnderAttack - 1 }))).toBe(0);
  });
});
