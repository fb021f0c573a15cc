import { describe, expect, it } from "vitest";
import { formatBaseline, formatNumber, formatPeriod, formatTarget } from "@/lib/format";
import { readPlanText } from "@/lib/plans/display/plan-text";
import { pruneEmpty, sectionOptions } from "@/lib/plans/display/section-helpers";

describe("formatTarget", () => {
  it("renders each comparator compactly", () => {
    expect(formatTarget({ comparator: "gte", targetValue: "95.0000", unit: "%" })).toBe("≥ 95%");
    expect(formatTarget({ comparator: "lte", targetValue: 3, unit: "%" })).toBe("≤ 3%");
    expect(formatTarget({ comparator: "eq", targetValue: 12, unit: "所" })).toBe("= 12所");
    expect(formatTarget({ comparator: "range", targetValue: 3, targetMax: "5.0000", unit: "所" })).toBe("3–5所");
    expect(formatTarget({ comparator: "change", targetValue: 2, unit: "个百分点" })).toBe("+2个百分点");
    expect(formatTarget({ comparator: "change", targetValue: -1.5, unit: "%" })).toBe("-1.5%");
    expect(formatTarget({ comparator: "gte", targetValue: null })).toBe("—");
  });

  it("accepts Decimal-like objects", () => {
    expect(formatNumber({ toString: () => "0.5000" })).toBe("0.5");
    expect(formatBaseline({ toString: () => "88.1000" }, 2020, "%")).toBe("88.1%（2020年）");
    expect(formatBaseline(null, 2020)).toBe("—");
  });

  it("formats a period", () => {
    expect(formatPeriod(2022, 2022)).toBe("2022年");
    expect(formatPeriod(2021, 2025)).toBe("2021–2025年");
  });
});

describe("readPlanText", () => {
  it("keeps well-formed blocks and warnings and ignores junk", () => {
    const view = readPlanText({
      preamble: " 前言 ",
      blocks: [{ title: "保障措施", kind: "safeguards", text: "加强领导", line: 9 }, 42, { title: 1 }],
      warnings: [{ line: 3, message: "编号不连续" }, { nope: true }],
    });
    expect(view.preamble).toBe("前言");
    expect(view.blocks).toEqual([
      { title: "保障措施", text: "加强领导", line: 9 },
      { title: "", text: "", line: null },
    ]);
    expect(view.warnings).toEqual([{ line: 3, message: "编号不连续" }]);
  });

  it("survives null and non-objects", () => {
    expect(readPlanText(null).blocks).toEqual([]);
    expect(readPlanText("text").warnings).toEqual([]);
  });
});

describe("section helpers", () => {
  const tree = [
    { id: "a", title: "一", tasks: [], sections: [{ id: "a1", title: "（一）", tasks: [1], sections: [] }] },
    { id: "b", title: "二", tasks: [], sections: [] },
  ];
  it("lists sections indented in document order", () => {
    expect(sectionOptions(tree)).toEqual([
      { id: "a", label: "一" },
      { id: "a1", label: "\u3000（一）" },
      { id: "b", label: "二" },
    ]);
  });
  it("prunes sections without tasks", () => {
    expect(pruneEmpty(tree).map((s) => s.id)).toEqual(["a"]);
  });
});
