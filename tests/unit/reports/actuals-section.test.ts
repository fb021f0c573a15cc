// The report form's actual boxes rendered to HTML: the reason and 我已核实该数值
// appear next to an implausible value only (decision 0027).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActualsSection, type IndicatorView } from "@/components/reports/report-form-fields";

const studio: IndicatorView = {
  id: "a",
  name: "名师工作室",
  unit: "个",
  target: "=20个",
  numbers: { unit: "个", comparator: "eq", baselineValue: null, targetValue: 20, targetMax: null },
  feeds: [],
  approved: null,
};

const render = (value: string, confirmed: boolean, indicator = studio) =>
  renderToStaticMarkup(
    createElement(ActualsSection, { indicators: [indicator], actuals: { a: value }, confirmed: { a: confirmed }, errors: {}, onChange: () => {} }),
  );

describe("the report form's actual boxes", () => {
  it("asks to confirm 87.5 个 against 20 个, with the reason", () => {
    const html = render("87.5", false);
    expect(html).toContain("该数值可能有误：“个”应为整数；是目标值（20个）的4倍以上");
    expect(html).toContain("我已核实该数值");
    expect(html).toMatch(/<input type="checkbox"(?![^>]*checked)/);
  });

  it("says it is confirmed once ticked, and says nothing for a plausible value", () => {
    expect(render("87.5", true)).toContain("填报人已确认的异常值");
    expect(render("18", false)).not.toContain("我已核实该数值");
  });
});

describe("最多报一次 on the report form (decision 0035)", () => {
  it("names the other plans the number counts for and the value already approved, with a link to its report", () => {
    const html = render("", false, {
      ...studio,
      feeds: ["教育事业十四五规划 · 主要指标", "2023年工作要点 · 任务 3. 扩大普惠"],
      approved: { text: "本期已由第一中学报送 20个，已审核", slotId: "slot-1" },
    });
    expect(html).toContain("同一口径，同时计入：教育事业十四五规划 · 主要指标；2023年工作要点 · 任务 3. 扩大普惠");
    expect(html).toContain('href="/reports/slot-1"');
    expect(html).toContain("本期已由第一中学报送 20个，已审核");
    expect(html).toContain("无需重复填报（最多报一次），可留空");
  });

  it("says nothing for an indicator shared with no other", () => {
    expect(render("", false)).not.toContain("同时计入");
  });
});
