import { describe, expect, it } from "vitest";
import { defaultTolerance, goalOf, judgeOnPath, pathFraction, toleranceOf, yearEnd, type PathIndicator } from "@/lib/dashboard/on-path";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const at = (value: number, asOf = "2021-12-31") => ({ value, asOf: day(asOf) });

// Baseline at the end of 2020, target at the end of 2022: 2021-12-31 is exactly
// half way (365 of 730 days), so expected values are exact.
const base: PathIndicator = { comparator: "gte", baselineValue: 80, baselineYear: 2020, targetValue: 90, targetMax: null, targetYear: 2022, tolerance: null };
const ind = (patch: Partial<PathIndicator>): PathIndicator => ({ ...base, ...patch });

describe("path geometry", () => {
  it("reads years as year-ends and a DATE as its whole day", () => {
    expect(yearEnd(2020).toISOString()).toBe("2021-01-01T00:00:00.000Z");
    expect(pathFraction(base, day("2021-12-31"))).toBe(0.5);
    expect(pathFraction(base, day("2022-12-31"))).toBe(1);
    expect(pathFraction(base, day("2020-12-31"))).toBe(0);
  });

  it("clamps before the baseline and after the target year", () => {
    expect(pathFraction(base, day("2019-03-31"))).toBe(0);
    expect(pathFraction(base, day("2030-06-30"))).toBe(1);
  });

  it("has no path without both years, or with a target year not after the baseline year", () => {
    expect(pathFraction(ind({ baselineYear: null }), day("2021-12-31"))).toBeNull();
    expect(pathFraction(ind({ targetYear: null }), day("2021-12-31"))).toBeNull();
    expect(pathFraction(ind({ targetYear: 2020 }), day("2021-12-31"))).toBeNull();
  });
});

describe("tolerance", () => {
  it("uses the indicator's own tolerance when set, even zero", () => {
    expect(toleranceOf(ind({ tolerance: 2 }))).toBe(2);
    expect(toleranceOf(ind({ tolerance: 0 }))).toBe(0);
  });

  it("defaults to 2% of |target − baseline|, at least 0.5", () => {
    expect(defaultTolerance(ind({ baselineValue: 0, targetValue: 100 }))).toBe(2);
    expect(defaultTolerance(base)).toBe(0.5); // 2% of 10 = 0.2 → floor 0.5
    expect(toleranceOf(ind({ tolerance: -1 }))).toBe(0.5); // nonsense falls back to the default
  });

  it("without a baseline, 2% of the target itself", () => {
    expect(defaultTolerance(ind({ baselineValue: null, targetValue: 95 }))).toBeCloseTo(1.9);
  });

  it("a range's default spans to its far end", () => {
    expect(defaultTolerance(ind({ comparator: "range", baselineValue: 0, targetValue: 30, targetMax: 50 }))).toBe(1);
  });
});

describe("≥ targets (higher is better)", () => {
  it("judges against the straight path at the actual's date", () => {
    const r = judgeOnPath(base, at(85.3));
    expect(r).toMatchObject({
      judgement: "on-track",
      basis: "path",
      fraction: 0.5,
      expected: { low: 85, high: 85 },
      goal: { low: 90, high: 90 },
      tolerance: 0.5,
    });
    expect(judgeOnPath(base, at(84.5)).judgement).toBe("on-track"); // the tolerance edge is inside
    expect(judgeOnPath(base, at(85.5)).judgement).toBe("on-track");
    expect(judgeOnPath(base, at(86)).judgement).toBe("ahead");
    expect(judgeOnPath(base, at(84)).judgement).toBe("behind");
  });

  it("an early actual is judged by where the plan wanted to be then, not today", () => {
    expect(judgeOnPath(base, at(81, "2020-12-31"))).toMatchObject({ judgement: "ahead", expected: { low: 80 } });
  });

  it("a baseline that already meets the target is judged against the target", () => {
    const met = ind({ baselineValue: 98, targetValue: 95 });
    expect(judgeOnPath(met, at(95.2))).toMatchObject({ judgement: "on-track", basis: "target", fraction: null });
    expect(judgeOnPath(met, at(94)).judgement).toBe("behind");
  });
});

describe("≤ targets (lower is better, e.g. 近视率)", () => {
  const myopia = ind({ comparator: "lte", baselineValue: 60, targetValue: 50 });

  it("lower than the path is ahead, higher is behind", () => {
    expect(judgeOnPath(myopia, at(55.4))).toMatchObject({ judgement: "on-track", expected: { low: 55, high: 55 } });
    expect(judgeOnPath(myopia, at(54)).judgement).toBe("ahead");
    expect(judgeOnPath(myopia, at(56)).judgement).toBe("behind");
  });

  it("the same numbers read the other way for a ≥ target", () => {
    const coverage = ind({ comparator: "gte", baselineValue: 50, targetValue: 60 });
    expect(judgeOnPath(coverage, at(54)).judgement).toBe("behind");
    expect(judgeOnPath(coverage, at(56)).judgement).toBe("ahead");
  });

  it("an explicit tolerance widens the band", () => {
    const loose = { ...myopia, tolerance: 2 };
    expect(judgeOnPath(loose, at(56)).judgement).toBe("on-track");
    expect(judgeOnPath(loose, at(57.5)).judgement).toBe("behind");
  });
});

describe("range targets", () => {
  const newSchools = ind({ comparator: "range", baselineValue: 0, targetValue: 3, targetMax: 5 });

  it("follows a band from the baseline towards the range", () => {
    expect(judgeOnPath(newSchools, at(2))).toMatchObject({ judgement: "on-track", expected: { low: 1.5, high: 2.5 }, goal: { low: 3, high: 5 } });
    expect(judgeOnPath(newSchools, at(1))).toMatchObject({ judgement: "on-track" }); // 1.5 − 0.5
    expect(judgeOnPath(newSchools, at(0.9))).toMatchObject({ judgement: "behind", reason: null });
    expect(judgeOnPath(newSchools, at(4))).toMatchObject({ judgement: "ahead" }); // past the band, inside the range
  });

  it("overshooting the range's far end is off target", () => {
    expect(judgeOnPath(newSchools, at(6))).toMatchObject({ judgement: "behind", reason: "outside-range" });
  });

  it("after the target year the range itself is the band", () => {
    expect(judgeOnPath(newSchools, at(4, "2023-03-31"))).toMatchObject({ judgement: "on-track", fraction: 1, expected: { low: 3, high: 5 } });
    expect(judgeOnPath(newSchools, at(5.4, "2023-03-31")).judgement).toBe("on-track");
    expect(judgeOnPath(newSchools, at(2, "2023-03-31")).judgement).toBe("behind");
  });

  it("a baseline inside the range must stay inside", () => {
    const keep = ind({ comparator: "range", baselineValue: 4, targetValue: 3, targetMax: 5 });
    expect(judgeOnPath(keep, at(4.8))).toMatchObject({ judgement: "on-track", basis: "target" });
    expect(judgeOnPath(keep, at(6))).toMatchObject({ judgement: "behind", reason: "outside-range" });
    expect(judgeOnPath(keep, at(2))).toMatchObject({ judgement: "behind", reason: "outside-range" });
  });

  it("coming down into a range is the mirror image", () => {
    const classSize = ind({ comparator: "range", baselineValue: 60, targetValue: 45, targetMax: 50 });
    // Half way: band 52.5–55, tolerance max(2% × 15, 0.5) = 0.5.
    expect(judgeOnPath(classSize, at(54))).toMatchObject({ judgement: "on-track", expected: { low: 52.5, high: 55 } });
    expect(judgeOnPath(classSize, at(48)).judgement).toBe("ahead");
    expect(judgeOnPath(classSize, at(57)).judgement).toBe("behind");
    expect(judgeOnPath(classSize, at(40))).toMatchObject({ judgement: "behind", reason: "outside-range" });
  });

  it("without a baseline: inside the range or not", () => {
    const r = ind({ comparator: "range", baselineValue: null, targetValue: 3, targetMax: 5 });
    expect(judgeOnPath(r, at(3.2))).toMatchObject({ judgement: "on-track", basis: "target" });
    expect(judgeOnPath(r, at(1))).toMatchObject({ judgement: "behind", reason: "outside-range" });
  });

  it("a range with no upper bound reads as ≥", () => {
    expect(goalOf(ind({ comparator: "range", targetValue: 3, targetMax: null }))).toEqual({ low: 3, high: 3 });
    expect(judgeOnPath(ind({ comparator: "range", baselineValue: 0, targetValue: 4, targetMax: null }), at(3)).judgement).toBe("ahead");
  });
});

describe("change targets (value is a change from the baseline)", () => {
  const drop = ind({ comparator: "change", baselineValue: 55, targetValue: -5 });

  it("aims at baseline + change, direction from the sign", () => {
    expect(goalOf(drop)).toEqual({ low: 50, high: 50 });
    expect(judgeOnPath(drop, at(52))).toMatchObject({ judgement: "on-track", expected: { low: 52.5 } });
    expect(judgeOnPath(drop, at(51)).judgement).toBe("ahead");
    expect(judgeOnPath(drop, at(54)).judgement).toBe("behind");
    const rise = ind({ comparator: "change", baselineValue: 40, targetValue: 4 });
    expect(judgeOnPath(rise, at(43)).judgement).toBe("ahead");
    expect(judgeOnPath(rise, at(41)).judgement).toBe("behind");
  });

  it("cannot be judged without a baseline", () => {
    expect(judgeOnPath(ind({ comparator: "change", baselineValue: null, targetValue: -5 }), at(50))).toMatchObject({
      judgement: "no-data",
      reason: "change-without-baseline",
    });
  });
});

describe("= targets", () => {
  it("with a baseline, further along towards the value is ahead", () => {
    const full = ind({ comparator: "eq", baselineValue: 80, targetValue: 100 });
    expect(judgeOnPath(full, at(95)).judgement).toBe("ahead");
    expect(judgeOnPath(full, at(85)).judgement).toBe("behind");
  });

  it("without a baseline, a number to reach: within tolerance on track, short of it behind, past it ahead", () => {
    const exact = ind({ comparator: "eq", baselineValue: null, targetValue: 100 });
    expect(judgeOnPath(exact, at(98.5)).judgement).toBe("on-track"); // tolerance 2
    expect(judgeOnPath(exact, at(97)).judgement).toBe("behind");
    expect(judgeOnPath(exact, at(103)).judgement).toBe("ahead");
    // 调整建立20个名师工作室, 22 built: the briefing said 滞后.
    expect(judgeOnPath(ind({ comparator: "eq", baselineValue: null, baselineYear: null, targetValue: 20 }), at(22)).judgement).toBe("ahead");
  });

  it("a baseline already at the value: staying there is the requirement", () => {
    const stay = ind({ comparator: "eq", baselineValue: 100, targetValue: 100 });
    expect(judgeOnPath(stay, at(100)).judgement).toBe("on-track");
    expect(judgeOnPath(stay, at(90)).judgement).toBe("behind");
  });
});

describe("missing data", () => {
  it("missing baseline: judged against the target only", () => {
    const noBase = ind({ baselineValue: null, baselineYear: null, targetValue: 95 });
    expect(judgeOnPath(noBase, at(94))).toMatchObject({ judgement: "on-track", basis: "target", fraction: null, expected: { low: 95, high: 95 } });
    expect(judgeOnPath(noBase, at(92)).judgement).toBe("behind");
    expect(judgeOnPath(noBase, at(97.5)).judgement).toBe("ahead");
  });

  it("a baseline value without its year cannot make a path either", () => {
    expect(judgeOnPath(ind({ baselineYear: null }), at(85))).toMatchObject({ basis: "target", judgement: "behind" });
  });

  it("missing actual: no-data, whatever the rest", () => {
    expect(judgeOnPath(base, null)).toMatchObject({ judgement: "no-data", reason: "no-actual", basis: null, expected: null });
    expect(judgeOnPath(ind({ comparator: "lte" }), null).judgement).toBe("no-data");
  });

  it("missing target: no-data", () => {
    expect(judgeOnPath(ind({ targetValue: null }), at(85))).toMatchObject({ judgement: "no-data", reason: "no-target" });
  });
});

describe("target year passed", () => {
  it("the target itself is expected, and falling short is behind", () => {
    expect(judgeOnPath(base, at(89.6, "2024-06-30"))).toMatchObject({ judgement: "on-track", fraction: 1, expected: { low: 90, high: 90 } });
    expect(judgeOnPath(base, at(88, "2024-06-30")).judgement).toBe("behind");
    expect(judgeOnPath(base, at(88, "2022-12-31")).judgement).toBe("behind");
    const myopia = ind({ comparator: "lte", baselineValue: 60, targetValue: 50 });
    expect(judgeOnPath(myopia, at(49, "2025-12-31")).judgement).toBe("ahead");
    expect(judgeOnPath(myopia, at(52, "2025-12-31")).judgement).toBe("behind");
  });
});
