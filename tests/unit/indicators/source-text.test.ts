// Where a counted value came from, in words (decision 0035).
import { describe, expect, it } from "vitest";
import { sourceText } from "@/lib/indicators/source-text";

const base = { unitName: "第一中学", groupName: null, periodLabel: "2023年第一季度", planTitle: "2023年工作要点", taskNumber: 3 };

describe("a counted value's source", () => {
  it("names the unit, the period and the plan's task", () => {
    expect(sourceText(base)).toBe("第一中学 · 2023年第一季度 · 2023年工作要点 任务 3");
  });

  it("names a plan's own indicator table and a school under its group", () => {
    expect(sourceText({ ...base, taskNumber: null, groupName: "各中小学校" })).toBe("各中小学校（第一中学） · 2023年第一季度 · 2023年工作要点 主要指标");
  });

  it("says a value without a report came from a ledger import", () => {
    expect(sourceText({ ...base, unitName: null, periodLabel: null })).toBe("台账导入 · 2023年工作要点 任务 3");
  });
});
