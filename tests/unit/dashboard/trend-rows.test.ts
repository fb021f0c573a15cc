import { describe, expect, it } from "vitest";
import { trendRows } from "@/lib/dashboard/trend-rows";

describe("the rows of an indicator's trend chart", () => {
  it("puts actuals in time order and the path's ends at the baseline and the target date", () => {
    const rows = trendRows(
      [
        { t: 300, value: 88 },
        { t: 200, value: 85 },
      ],
      { t: 100, value: 80 },
      { low: 95, high: 95 },
      400,
    );
    expect(rows).toEqual([
      { t: 100, pathLow: 80, pathHigh: 80 },
      { t: 200, actual: 85 },
      { t: 300, actual: 88 },
      { t: 400, pathLow: 95, pathHigh: 95 },
    ]);
  });

  it("shares a row when an actual falls on the baseline date, and spreads a range target's end", () => {
    expect(trendRows([{ t: 100, value: 81 }], { t: 100, value: 80 }, { low: 2, high: 5 }, 400)).toEqual([
      { t: 100, actual: 81, pathLow: 80, pathHigh: 80 },
      { t: 400, pathLow: 2, pathHigh: 5 },
    ]);
  });

  it("draws no path without a baseline, a goal or a target date after the baseline", () => {
    const points = [{ t: 200, value: 85 }];
    expect(trendRows(points, null, { low: 95, high: 95 }, 400)).toEqual([{ t: 200, actual: 85 }]);
    expect(trendRows(points, { t: 100, value: 80 }, null, 400)).toEqual([{ t: 200, actual: 85 }]);
    expect(trendRows(points, { t: 100, value: 80 }, { low: 95, high: 95 }, 100)).toEqual([{ t: 200, actual: 85 }]);
  });
});
