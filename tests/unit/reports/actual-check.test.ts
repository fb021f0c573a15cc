// The report form's hint reads a typed value as the server will (decision 0027).
import { describe, expect, it } from "vitest";
import { typedNumber, typedPlausibility } from "@/components/reports/actual-check";

const studios = { unit: "个", comparator: "eq" as const, baselineValue: null, targetValue: 20, targetMax: null };

describe("the report form's plausibility hint", () => {
  it("reads the text as the server's schema does", () => {
    expect([typedNumber(" 1,234 "), typedNumber("96.5%"), typedNumber(""), typedNumber("abc")]).toEqual([1234, 96.5, null, null]);
  });

  it("asks about 87.5 个 against 20 个 and says nothing for 18, an empty box or text", () => {
    expect(typedPlausibility(studios, "87.5")).toBe("“个”应为整数；是目标值（20个）的4倍以上");
    expect([typedPlausibility(studios, "18"), typedPlausibility(studios, ""), typedPlausibility(studios, "很多")]).toEqual([null, null, null]);
  });
});
