// 逾期提交: a report submitted after its slot's due date by the China
// calendar, the same rule the bulletins count 按时报送 by.
import { describe, expect, it } from "vitest";
import { submittedLate } from "@/lib/reports/slot-status";

const dueOn = new Date("2025-10-05T00:00:00Z");

describe("submittedLate", () => {
  it("counts the whole due date in Beijing time as on time, the next day as late", () => {
    expect(submittedLate(new Date("2025-10-05T15:59:00Z"), dueOn)).toBe(false); // 23:59 on the 5th in Beijing
    expect(submittedLate(new Date("2025-10-05T16:01:00Z"), dueOn)).toBe(true); // 00:01 on the 6th in Beijing
    expect(submittedLate(new Date("2025-10-04T20:00:00Z"), dueOn)).toBe(false);
  });

  it("a report of 2025年第3季度 submitted in December 2026 is late; one never submitted is not (it is overdue instead)", () => {
    expect(submittedLate(new Date("2026-12-06T01:00:00Z"), dueOn)).toBe(true);
    expect(submittedLate(null, dueOn)).toBe(false);
  });
});
