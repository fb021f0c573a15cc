import { describe, expect, it } from "vitest";
import { bulletinNumberText, periodSequence } from "@/lib/bulletin/document-number";
import { lastCompleteQuarter, parseQuarter, quarterKey } from "@/lib/bulletin/quarter";
import { rankStandings } from "@/lib/bulletin/rank";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const row = (name: string, onTime: number, slots: number, done: number, tasks: number, overdue = 0) => ({
  id: name,
  name,
  onTime,
  slots,
  done,
  tasks,
  overdue,
});

describe("bulletin ranking", () => {
  it("ties share a rank and the next skips (1, 1, 3); equal fractions tie exactly (1/3 = 2/6)", () => {
    const ranked = rankStandings([row("丙", 1, 3, 0, 1), row("甲", 3, 3, 1, 1), row("乙", 2, 6, 0, 1), row("丁", 1, 4, 1, 1)]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, "甲"],
      [2, "丙"],
      [2, "乙"],
      [4, "丁"],
    ]);
  });

  it("then by completion, then fewer overdue; no slot ranks after any rate, even 0%", () => {
    const ranked = rankStandings([row("a", 0, 0, 1, 1), row("b", 0, 2, 0, 1, 2), row("c", 0, 2, 0, 1, 1), row("d", 0, 2, 1, 2, 2)]);
    expect(ranked.map((r) => [r.rank, r.name, r.onTimeRate])).toEqual([
      [1, "d", 0],
      [2, "c", 0],
      [3, "b", 0],
      [4, "a", null],
    ]);
  });
});

describe("quarters", () => {
  it("parses 2025Q3 and refuses anything else", () => {
    expect(parseQuarter("2025Q3")).toEqual({ year: 2025, quarter: 3, startsOn: day("2025-07-01"), endsOn: day("2025-09-30") });
    expect(parseQuarter("2025q4")?.endsOn).toEqual(day("2025-12-31"));
    for (const bad of ["2025Q5", "2025Q0", "25Q1", "2025-3", "Q3", ""]) expect(parseQuarter(bad)).toBeNull();
  });

  it("the last complete quarter turns over on the first day of a quarter", () => {
    expect(quarterKey(lastCompleteQuarter(day("2025-09-30")))).toBe("2025Q2");
    expect(quarterKey(lastCompleteQuarter(day("2025-10-01")))).toBe("2025Q3");
    expect(quarterKey(lastCompleteQuarter(day("2026-01-01")))).toBe("2025Q4");
    expect(quarterKey(lastCompleteQuarter(day("2026-03-31")))).toBe("2025Q4");
  });
});

describe("文号", () => {
  it("the bureau's first character, the period's year and its place that year", () => {
    const periods = [
      { id: "q4", startsOn: day("2025-10-01"), endsOn: day("2025-12-31") },
      { id: "q1", startsOn: day("2026-01-01"), endsOn: day("2026-03-31") },
      { id: "q2", startsOn: day("2026-04-01"), endsOn: day("2026-06-30") },
    ];
    expect(bulletinNumberText("银川市教育局", 2026, periodSequence(periods[2]!, periods))).toBe("银教督通〔2026〕2号");
    expect(periodSequence(periods[0]!, periods)).toBe(1);
  });
});
