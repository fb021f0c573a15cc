// The district comparison's ranking: competition ranks, empty last, and an
// indicator ranked by judgement, then by how far ahead of its path.
import { describe, expect, it } from "vitest";
import type { DistrictComparison, IndicatorComparison } from "@/lib/city/compare-indicator";
import type { DistrictCompletion } from "@/lib/city/district-completion";
import { parseDistrictSort } from "@/lib/city/district-sort";
import { rankDistricts } from "@/lib/city/rank-districts";

const district = (code: string, completed: number, total: number, onTime: number, slots: number): DistrictCompletion => ({
  tenant: { code, name: `${code}区教育局` },
  total,
  completed,
  delayed: 0,
  red: 0,
  yellow: 0,
  share: total ? completed / total : null,
  slots,
  onTime,
  overdue: 0,
  onTimeShare: slots ? onTime / slots : null,
});
const row = (code: string, status: DistrictComparison["status"], lead: number | null): DistrictComparison => ({
  tenant: { code, name: `${code}区教育局` },
  baseline: null,
  target: null,
  latest: null,
  status,
  lead,
});

const DISTRICTS = [district("a", 1, 3, 0, 0), district("b", 2, 6, 5, 10), district("c", 3, 4, 1, 2), district("d", 0, 0, 9, 10)];
const COVERAGE: IndicatorComparison = {
  indicator: { code: "coverage", name: "覆盖率", unit: "%" },
  districts: [row("a", "behind", -2), row("b", "ahead", 1), row("c", "no-data", null), row("d", "behind", -0.5)],
};

const ranked = (sort: string) => rankDistricts(DISTRICTS, [COVERAGE], parseDistrictSort(sort, ["coverage"])).map((s) => [s.rank, s.tenant.code]);

describe("ranking the districts", () => {
  it("by completion: equal fractions share a rank (1/3 ties 2/6), no task ranks last", () => {
    expect(ranked("completion")).toEqual([
      [1, "c"],
      [2, "a"],
      [2, "b"],
      [4, "d"],
    ]);
  });

  it("by on-time reporting: no judged slot ranks last", () => {
    expect(ranked("on-time")).toEqual([
      [1, "d"],
      [2, "b"],
      [2, "c"],
      [4, "a"],
    ]);
  });

  it("by an indicator: ahead, then behind by the smaller gap, no data last; an unknown sort falls back to completion", () => {
    expect(ranked("coverage")).toEqual([
      [1, "b"],
      [2, "d"],
      [3, "a"],
      [4, "c"],
    ]);
    expect(ranked("no-such-code")).toEqual(ranked("completion"));
  });
});
