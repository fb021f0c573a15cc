// One formatter for what users read: a target is the same text on the plan
// page, the ledger's cell, the city comparison and the editing summary, only
// spaced and dated as the place needs; stored figures keep their four places,
// summaries round to two.
import { describe, expect, it } from "vitest";
import { exportCapNote } from "@/lib/files/table-xlsx";
import { formatAsOf, formatDateTime, formatNumber, formatTarget, formatValue, STORED_DECIMALS, SUMMARY_DECIMALS } from "@/lib/format";
import { describeIndicator } from "@/lib/plans/editing/describe-indicator";
import { nestSections, sectionOptions } from "@/lib/plans/display/section-helpers";
import { COMPARATOR_FROM_API, COMPARATORS } from "@/lib/vocabulary";

const target = (comparator: (typeof COMPARATORS)[number], extra: object = {}) => ({
  comparator,
  targetValue: "95.0000",
  unit: "%",
  targetYear: 2025,
  ...extra,
});

describe("formatTarget", () => {
  it("writes a ledger cell as the screen does, without the space and with the year", () => {
    for (const comparator of COMPARATORS) {
      const screen = formatTarget(target(comparator, { targetMax: 98 }));
      expect(formatTarget(target(comparator, { targetMax: 98 }), { compact: true, withYear: true })).toBe(screen.replace(" ", "") + "（2025年）");
    }
    expect(formatTarget(target("gte"), { compact: true, withYear: true })).toBe("≥95%（2025年）");
    expect(formatTarget(target("range"), { compact: true })).toBe("≥95%");
    expect(formatTarget({ comparator: "gte", targetValue: null }, { compact: true, withYear: true })).toBe("");
  });

  it("shows a city comparison's target, spelled the API's way, as the district's own pages do", () => {
    expect(formatTarget({ comparator: COMPARATOR_FROM_API[">="], targetValue: 86, unit: "%" })).toBe("≥ 86%");
    expect(formatTarget({ comparator: COMPARATOR_FROM_API["="], targetValue: 12, unit: "所" })).toBe("= 12所");
    expect(formatTarget({ comparator: COMPARATOR_FROM_API.change, targetValue: -1.5, unit: "%" })).toBe("-1.5%");
  });

  it("summarises an indicator being edited with the same target text", () => {
    const row = { id: "i", name: "入学率", unit: "%", comparator: "range" as const, baselineValue: "88.1", baselineYear: 2020, targetYear: 2025 };
    expect(describeIndicator({ ...row, targetValue: "3", targetMax: "5" })).toBe("基期 88.1%（2020年） → 目标 3–5%（2025年）");
    expect(describeIndicator({ ...row, comparator: "change", targetValue: "2", targetMax: null })).toBe("基期 88.1%（2020年） → 目标 +2%（2025年）");
    expect(describeIndicator({ ...row, baselineValue: null, targetValue: null, targetMax: null })).toBe("目标年份 2025");
  });
});

describe("numbers and dates", () => {
  it("keeps a stored figure's four places and rounds summaries to two", () => {
    expect(formatNumber(85.1234)).toBe("85.1234");
    expect(formatNumber({ toString: () => "85.2000" }, STORED_DECIMALS)).toBe("85.2");
    expect(formatNumber(87.33333, SUMMARY_DECIMALS)).toBe("87.33");
    expect(formatNumber(81.985, SUMMARY_DECIMALS)).toBe("81.99");
    expect(formatValue(85.2, "%")).toBe("85.2%");
    expect(formatValue(85.2, null)).toBe("85.2");
  });

  it("shortens an as-of date and leaves a period label alone", () => {
    expect(formatAsOf("2025-06-30")).toBe("2025.6.30");
    expect(formatAsOf("2025年第2季度")).toBe("2025年第2季度");
  });
});

describe("sectionOptions", () => {
  it("gives the task form, from stored rows, the options the plan page's filter lists from its tree", () => {
    const rows = [
      { id: "b", parentId: null, title: "二", position: 2 },
      { id: "a1", parentId: "a", title: "（一）", position: 1 },
      { id: "a", parentId: null, title: "一", position: 1 },
    ];
    const tree = [
      { id: "a", title: "一", tasks: [], sections: [{ id: "a1", title: "（一）", tasks: [], sections: [] }] },
      { id: "b", title: "二", tasks: [], sections: [] },
    ];
    expect(sectionOptions(nestSections(rows))).toEqual(sectionOptions(tree));
    expect(sectionOptions(nestSections(rows))).toEqual([
      { id: "a", label: "一" },
      { id: "a1", label: "\u3000（一）" },
      { id: "b", label: "二" },
    ]);
  });
});

describe("formatDateTime", () => {
  it("writes an instant in Beijing time in the date's own format, 2025-06-30 09:05, whatever the server's zone", () => {
    expect(formatDateTime(new Date("2025-06-30T01:05:46Z"))).toBe("2025-06-30 09:05");
    // 23:30 UTC is the next morning in Beijing.
    expect(formatDateTime("2025-12-31T23:30:00.000Z")).toBe("2026-01-01 07:30");
    expect(formatDateTime("not a date")).toBe("");
  });
});

describe("exportCapNote", () => {
  it("says where an export stopped, and nothing when it holds everything", () => {
    expect(exportCapNote(12_000, 10_000, "项")).toBe("共 12000 项，仅导出前 10000 项：请缩小筛选范围");
    expect(exportCapNote(41, 41, "项")).toBeUndefined();
  });
});
