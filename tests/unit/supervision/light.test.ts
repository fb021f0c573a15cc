import { describe, expect, it } from "vitest";
import { expectedProgressOn, isAcknowledgementLate, taskLight, type LightTask } from "@/lib/supervision/light";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = d("2025-06-10");
/** Far enough from its deadline not to be "due soon", and on the line unless told. */
const task = (over: Partial<LightTask> = {}): LightTask => ({
  status: "in_progress",
  progress: 100,
  dueDate: d("2025-12-31"),
  ongoing: false,
  closedAt: null,
  ...over,
});

describe("亮灯 at its boundaries", () => {
  it("a task due today is yellow (due soon), not red", () => {
    expect(taskLight(task({ dueDate: today }), 2025, today, 7)).toMatchObject({ light: "yellow", reason: "due-soon" });
  });

  it("due in exactly N days is yellow; N+1 days is green when on the line", () => {
    expect(taskLight(task({ dueDate: d("2025-06-17") }), 2025, today, 7).light).toBe("yellow");
    expect(taskLight(task({ dueDate: d("2025-06-18") }), 2025, today, 7)).toMatchObject({ light: "green", reason: "on-track" });
    // The bureau's N moves the boundary.
    expect(taskLight(task({ dueDate: d("2025-06-18") }), 2025, today, 8).light).toBe("yellow");
  });

  it("N+1 days out but behind the line is yellow (behind)", () => {
    expect(taskLight(task({ dueDate: d("2025-06-18"), progress: 0 }), 2025, today, 7)).toMatchObject({ light: "yellow", reason: "behind" });
  });

  it("a day past due and not done is red", () => {
    expect(taskLight(task({ dueDate: d("2025-06-09") }), 2025, today, 7)).toMatchObject({ light: "red", reason: "overdue" });
  });

  it("progress exactly on the line is green; one point below is yellow", () => {
    // 2025-01-01 → 2025-12-31 is 364 days; 2025-06-10 is day 160: floor(16000/364) = 43.
    const expected = expectedProgressOn(2025, d("2025-12-31"), today);
    expect(expected).toBe(43);
    expect(taskLight(task({ progress: expected }), 2025, today, 7)).toMatchObject({ light: "green", expectedProgress: 43 });
    expect(taskLight(task({ progress: expected - 1 }), 2025, today, 7)).toMatchObject({ light: "yellow", reason: "behind" });
  });

  it("the line is exact where floating point is not (29 of 100 days is 29%)", () => {
    // 2025-01-01 + 100 days = 2025-04-11; day 29 = 2025-01-30. 29/100*100 in doubles is 28.999…
    expect(expectedProgressOn(2025, d("2025-04-11"), d("2025-01-30"))).toBe(29);
  });

  it("the line starts on 1 January of the plan's first year and is clamped to 0–100", () => {
    expect(expectedProgressOn(2026, d("2026-12-31"), d("2025-06-10"))).toBe(0);
    expect(expectedProgressOn(2021, d("2025-12-31"), d("2021-01-01"))).toBe(0);
    expect(expectedProgressOn(2025, d("2024-12-31"), today)).toBe(100);
  });

  it("已完成 or 销号 is done, whatever the date", () => {
    expect(taskLight(task({ status: "completed", dueDate: d("2020-01-01") }), 2020, today, 7)).toEqual({ light: "done", reason: null, expectedProgress: null });
    expect(taskLight(task({ closedAt: new Date("2025-05-01T02:00:00Z"), dueDate: d("2020-01-01") }), 2020, today, 7).light).toBe("done");
  });

  it("ongoing or undated tasks have no deadline light", () => {
    expect(taskLight(task({ ongoing: true, dueDate: d("2020-01-01") }), 2020, today, 7).light).toBe("none");
    expect(taskLight(task({ dueDate: null }), 2025, today, 7).light).toBe("none");
  });
});

describe("待签收 lateness", () => {
  it("is late only after more than N whole days", () => {
    const assigned = new Date("2025-06-01T08:00:00Z");
    expect(isAcknowledgementLate(assigned, new Date("2025-06-04T08:00:00Z"), 3)).toBe(false);
    expect(isAcknowledgementLate(assigned, new Date("2025-06-04T08:00:01Z"), 3)).toBe(true);
  });
});
