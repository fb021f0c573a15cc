// The city adapter maps a comparison row onto lib/dashboard/on-path.ts; the
// judgement's own rules are tested in tests/unit/dashboard/on-path.test.ts.
import { describe, expect, it } from "vitest";
import { judge, type JudgeInput } from "@/lib/city/judge";
import { judgeOnPath } from "@/lib/dashboard/on-path";

const base: JudgeInput = {
  comparator: "gte",
  baseline: { value: 85.2, year: 2020 },
  target: { value: 86, max: null, year: 2025 },
  tolerance: null,
  latest: null,
};
const at = (iso: string, value: number) => ({ value, asOf: new Date(`${iso}T00:00:00Z`) });

describe("city judge adapter", () => {
  it("no approved actual, or no target, is no-data", () => {
    expect(judge(base)).toBe("no-data");
    expect(judge({ ...base, target: null, latest: at("2023-12-31", 85) })).toBe("no-data");
  });

  it("judges against the straight path (兴庆区 85.2 → 86 by 2025)", () => {
    // Expected at end 2023 ≈ 85.68, default tolerance 0.5.
    expect(judge({ ...base, latest: at("2023-12-31", 85.3) })).toBe("on-track");
    expect(judge({ ...base, latest: at("2023-12-31", 85) })).toBe("behind");
    expect(judge({ ...base, latest: at("2023-12-31", 86.3) })).toBe("ahead");
    expect(judge({ ...base, tolerance: 0.1, latest: at("2023-12-31", 85.5) })).toBe("behind");
  });

  it("lower is better for lte, and passes range bounds and missing baselines through", () => {
    const ratio: JudgeInput = { ...base, comparator: "lte", baseline: { value: 20, year: 2020 }, target: { value: 15, max: null, year: 2025 } };
    expect(judge({ ...ratio, latest: at("2022-12-31", 16) })).toBe("ahead");
    expect(judge({ ...ratio, latest: at("2022-12-31", 19) })).toBe("behind");
    const textTarget: JudgeInput = { ...base, baseline: null, target: { value: 92, max: null, year: 2027 }, latest: at("2025-06-30", 95) };
    expect(judge(textTarget)).toBe("ahead");
    const range: JudgeInput = {
      ...base,
      comparator: "range",
      baseline: { value: 0, year: 2020 },
      target: { value: 3, max: 5, year: 2025 },
      latest: at("2025-12-31", 4),
    };
    expect(judge(range)).toBe(
      judgeOnPath({ comparator: "range", baselineValue: 0, baselineYear: 2020, targetValue: 3, targetMax: 5, targetYear: 2025, tolerance: null }, range.latest)
        .judgement,
    );
  });
});
