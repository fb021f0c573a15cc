// The 督办单 form's starting point: the level a task's light suggests and the
// default body, from the pure 亮灯 rule at its boundaries.
import { describe, expect, it } from "vitest";
import { taskLight, type LightTask } from "@/lib/supervision/light";
import { defaultSlipBody } from "@/lib/supervision/slips/default-body";
import { suggestSlipLevel } from "@/lib/supervision/slips/suggest-level";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const task = (over: Partial<LightTask> = {}): LightTask => ({
  status: "in_progress",
  progress: 50,
  dueDate: day("2026-06-30"),
  ongoing: false,
  closedAt: null,
  ...over,
});
const suggest = (t: LightTask, today: string) => suggestSlipLevel(taskLight(t, 2026, day(today), 7));

describe("suggested 督办单 level", () => {
  it("red light (past due) suggests 红; due today or within the bureau's days suggests 蓝", () => {
    expect(suggest(task(), "2026-07-01")).toBe("red");
    expect(suggest(task(), "2026-06-30")).toBe("blue");
    expect(suggest(task(), "2026-06-23")).toBe("blue");
  });

  it("behind the straight line suggests 黄; on it, or done, or undated suggests nothing", () => {
    // 2026-01-01 → 2026-06-30: on 04-01 the line stands at 50% (90 of 180 days).
    expect(suggest(task({ progress: 49 }), "2026-04-01")).toBe("yellow");
    expect(suggest(task({ progress: 50 }), "2026-04-01")).toBeNull();
    expect(suggest(task({ status: "completed" }), "2026-07-01")).toBeNull();
    expect(suggest(task({ dueDate: null }), "2026-07-01")).toBeNull();
    expect(suggest(task({ ongoing: true }), "2026-07-01")).toBeNull();
  });
});

describe("default 督办单 body", () => {
  const facts = { unitName: "基础教育科", taskNumber: 12, taskTitle: "推进集团化办学", dueDate: day("2026-06-30"), progress: 30, expectedProgress: 60 };

  it("names the unit, the task, its deadline and progress, and says what the level means", () => {
    const red = defaultSlipBody({ ...facts, level: "red" });
    expect(red).toMatch(/^基础教育科：\n/);
    for (const words of ["任务 12“推进集团化办学”", "完成时限为 2026-06-30", "当前进度 30%", "已超过完成时限"]) expect(red).toContain(words);
    expect(defaultSlipBody({ ...facts, level: "yellow" })).toContain("进度滞后（按时序进度应达到 60%）");
    expect(defaultSlipBody({ ...facts, level: "blue" })).toContain("临近完成时限");
    const undated = defaultSlipBody({ ...facts, dueDate: null, level: "blue" });
    expect(undated).toContain("无明确完成时限");
    expect(undated).not.toContain("临近完成时限");
  });
});
