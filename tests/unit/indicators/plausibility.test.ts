// The plausibility rule at its boundaries (decision 0027): what a reporter
// must confirm and a ledger import refuses.
import { describe, expect, it } from "vitest";
import { MULTIPLE_LIMIT, plausibilityOf, type PlausibilityIndicator } from "@/lib/indicators/plausibility";

const indicator = (patch: Partial<PlausibilityIndicator>): PlausibilityIndicator => ({
  unit: "个",
  comparator: "gte",
  baselineValue: null,
  targetValue: null,
  targetMax: null,
  ...patch,
});

describe("plausibility of an actual", () => {
  it("bounds a percentage to 0–100 and a permille to 0–1000", () => {
    for (const unit of ["%", "％", "百分比", "（%）"]) {
      const rate = indicator({ unit, targetValue: 95 });
      expect([plausibilityOf(rate, 100), plausibilityOf(rate, 0), plausibilityOf(rate, 99.99)]).toEqual([null, null, null]);
      expect(plausibilityOf(rate, 100.1)).toBe("百分比超过100%");
      expect(plausibilityOf(rate, -0.5)).toBe("百分比不能为负数");
    }
    const permille = indicator({ unit: "‰", targetValue: 5 });
    expect(plausibilityOf(permille, 1000)).toBeNull();
    expect(plausibilityOf(permille, 1000.5)).toBe("千分比超过1000‰");
    // A percentage far above its target but under 100 is a judgement for on-path, not a slip.
    expect(plausibilityOf(indicator({ unit: "%", targetValue: 5 }), 90)).toBeNull();
  });

  it("flags a count more than three times the larger of target and baseline; exactly three times passes", () => {
    expect(MULTIPLE_LIMIT).toBe(3);
    const studios = indicator({ unit: "个", comparator: "eq", targetValue: 20 });
    expect(plausibilityOf(studios, 60)).toBeNull();
    expect(plausibilityOf(studios, 61)).toBe("是目标值（20个）的3倍以上");
    expect(plausibilityOf(studios, 80)).toBe("是目标值（20个）的4倍以上");
    // The baseline is the reference when it is larger (a figure meant to go down).
    const dropouts = indicator({ unit: "人", comparator: "lte", baselineValue: 40, targetValue: 5 });
    expect(plausibilityOf(dropouts, 120)).toBeNull();
    expect(plausibilityOf(dropouts, 121)).toBe("是基线值（40人）的3倍以上");
    // A range's upper bound and a change's level (baseline + change) are the target.
    expect(plausibilityOf(indicator({ unit: "所", comparator: "range", targetValue: 3, targetMax: 5 }), 15)).toBeNull();
    expect(plausibilityOf(indicator({ unit: "所", comparator: "range", targetValue: 3, targetMax: 5 }), 16)).toBe("是目标值（5所）的3倍以上");
    expect(plausibilityOf(indicator({ unit: "万元", comparator: "change", baselineValue: 100, targetValue: 50 }), 450)).toBeNull();
    expect(plausibilityOf(indicator({ unit: "万元", comparator: "change", baselineValue: 100, targetValue: 50 }), 451)).toBe("是目标值（150万元）的3倍以上");
    // Nothing to compare with: no target, or a target of zero (零事故).
    expect(plausibilityOf(indicator({ unit: "个" }), 5000)).toBeNull();
    expect(plausibilityOf(indicator({ unit: "起", comparator: "lte", targetValue: 0 }), 3)).toBeNull();
  });

  it("wants whole numbers for counted things, decimals for amounts", () => {
    const rooms = indicator({ unit: "个", targetValue: 100 });
    expect(plausibilityOf(rooms, 87)).toBeNull();
    expect(plausibilityOf(rooms, 87.5)).toBe("“个”应为整数");
    for (const unit of ["所", "人", "名", "项", "家", "间"]) expect(plausibilityOf(indicator({ unit, targetValue: 100 }), 2.5)).toBe(`“${unit}”应为整数`);
    expect(plausibilityOf(indicator({ unit: "万元", targetValue: 100 }), 87.5)).toBeNull();
    expect(plausibilityOf(indicator({ unit: "万人", targetValue: 10 }), 1.5)).toBeNull();
  });

  it("refuses negative counts and amounts", () => {
    expect(plausibilityOf(indicator({ unit: "所", targetValue: 6 }), -1)).toBe("数量或金额不能为负数");
    expect(plausibilityOf(indicator({ unit: "万元", targetValue: 6 }), -0.5)).toBe("数量或金额不能为负数");
    expect(plausibilityOf(indicator({ unit: "所", targetValue: 6 }), 0)).toBeNull();
  });

  it("names every reason of the issue's 87.5 个 against a target of 20 个", () => {
    expect(plausibilityOf(indicator({ unit: "个", comparator: "eq", targetValue: 20 }), 87.5)).toBe("“个”应为整数；是目标值（20个）的4倍以上");
  });

  it("leaves units it does not know alone", () => {
    expect(plausibilityOf(indicator({ unit: null, targetValue: 1 }), 1000.5)).toBeNull();
    expect(plausibilityOf(indicator({ unit: "个百分点", comparator: "change", targetValue: 2 }), -150)).toBeNull();
    expect(plausibilityOf(indicator({ unit: "倍", targetValue: 1 }), 9.5)).toBeNull();
  });
});
