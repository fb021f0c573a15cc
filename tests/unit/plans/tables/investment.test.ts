import { describe, expect, it } from "vitest";
import { investmentInWan } from "@/lib/plans/parser/tables/projects";

describe("a project's 总投资 in 万元", () => {
  it("reads amounts in 亿元, 万元 and 元, and under a 万元 header", () => {
    expect(investmentInWan("1.2亿元", null)).toBe(12000);
    expect(investmentInWan("800万元", null)).toBe(800);
    expect(investmentInWan("1,200.50", 1)).toBe(1200.5);
  });

  it("is no amount when digits ran together (a PDF's years glued into the cell): the text stays, the import goes through", () => {
    expect(investmentInWan("2025202620272028", 1)).toBeNull();
  });
});
