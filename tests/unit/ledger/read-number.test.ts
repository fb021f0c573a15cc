// A ledger cell's number and the unit the cell itself shows (decision 0027):
// the importer compares that unit with the indicator's.
import { describe, expect, it } from "vitest";
import { readNumber } from "@/lib/ledger/read-sheet";

describe("a ledger cell read as a number with its unit", () => {
  it("reads a percent-formatted cell as the percentage shown, marked %", () => {
    expect(readNumber({ col: 1, value: 0.9, numFmt: "0%" })).toEqual({ kind: "ok", value: 90, unit: "%" });
    expect(readNumber({ col: 1, value: 0.965, numFmt: "0.0%" })).toEqual({ kind: "ok", value: 96.5, unit: "%" });
  });

  it("takes the text a format shows after the number as its unit, without scaling", () => {
    expect(readNumber({ col: 1, value: 21, numFmt: '0"%"' })).toEqual({ kind: "ok", value: 21, unit: "%" });
    expect(readNumber({ col: 1, value: 12, numFmt: '#,##0" 个"' })).toEqual({ kind: "ok", value: 12, unit: "个" });
    expect(readNumber({ col: 1, value: 12, numFmt: "General" })).toEqual({ kind: "ok", value: 12 });
    expect(readNumber({ col: 1, value: 12 })).toEqual({ kind: "ok", value: 12 });
  });

  it("reads a unit typed after the number", () => {
    expect(readNumber({ col: 1, value: "90%" })).toEqual({ kind: "ok", value: 90, unit: "%" });
    expect(readNumber({ col: 1, value: " 97.5 ％" })).toEqual({ kind: "ok", value: 97.5, unit: "%" });
    expect(readNumber({ col: 1, value: "12所" })).toEqual({ kind: "ok", value: 12, unit: "所" });
    expect(readNumber({ col: 1, value: "1,234" })).toEqual({ kind: "ok", value: 1234 });
    expect(readNumber({ col: 1, value: "很多" })).toEqual({ kind: "invalid", text: "很多" });
    expect(readNumber({ col: 1, value: "约90个" })).toEqual({ kind: "invalid", text: "约90个" });
  });
});
