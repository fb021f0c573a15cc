import { describe, expect, it } from "vitest";
import { allDraftTasks, describeIssuePath, draftProblems, fromDraft, splitNames, toDraft, updateTask, warningsForTask } from "@/lib/plans/import/draft";
import { parseDocument } from "./load-document";

describe("import draft", () => {
  const parsed = parseDocument("jinfeng-2022-work-points.txt");

  it("round-trips a parsed plan unchanged", () => {
    expect(fromDraft(toDraft(parsed))).toEqual(parsed);
  });

  it("updates one task by key and leaves the others untouched", () => {
    const draft = toDraft(parsed);
    const [first, second] = allDraftTasks(draft.sections);
    const next = updateTask(draft, second!.key, (t) => ({ ...t, title: "改过的标题" }));
    const tasks = allDraftTasks(next.sections);
    expect(tasks[1]!.title).toBe("改过的标题");
    expect(tasks[0]).toBe(first);
    expect(updateTask(draft, "missing", (t) => t)).toBe(draft);
  });

  it("trims names and drops blank leaders and units on the way out", () => {
    const draft = toDraft(parsed);
    const key = allDraftTasks(draft.sections)[0]!.key;
    const edited = updateTask(draft, key, (t) => ({
      ...t,
      title: " 标题 ",
      leaders: [" 王明 ", ""],
      units: [
        { key: "x", name: "  ", role: "lead" },
        { key: "y", name: " 教研室 ", role: "cooperate" },
      ],
    }));
    const task = fromDraft(edited).sections[0]!.tasks[0]!;
    expect(task.title).toBe("标题");
    expect(task.leaders).toEqual(["王明"]);
    expect(task.units).toEqual([{ name: "教研室", role: "cooperate" }]);
  });

  it("splits leader names on Chinese and ASCII separators", () => {
    expect(splitNames("张学兵、高学芳, 赵丽，崔茜；马学明  李华")).toEqual(["张学兵", "高学芳", "赵丽", "崔茜", "马学明", "李华"]);
    expect(splitNames("  ")).toEqual([]);
    expect(splitNames("周 红、李华")).toEqual(["周红", "李华"]);
  });

  it("reports problems the server would reject", () => {
    const draft = toDraft(parsed);
    const key = allDraftTasks(draft.sections)[0]!.key;
    const bad = updateTask({ ...draft, title: " " }, key, (t) => ({
      ...t,
      title: "",
      targets: [{ key: "g", text: "覆盖率", value: Number.NaN, unit: "%", comparator: ">=", year: 20, line: 1 }],
    }));
    const problems = draftProblems(bad);
    expect(problems).toContain("请填写规划标题");
    expect(problems.some((p) => p.includes("标题不能为空"))).toBe(true);
    expect(problems.some((p) => p.includes("数值无效"))).toBe(true);
    expect(problems.some((p) => p.includes("年份无效"))).toBe(true);
    expect(draftProblems(draft)).toEqual([]);
  });

  it("matches warnings to the task whose lines contain them", () => {
    const warnings = [
      { line: 5, message: "a" },
      { line: 12, message: "b" },
    ];
    expect(warningsForTask({ line: 4, endLine: 10 }, warnings)).toEqual([{ line: 5, message: "a" }]);
    expect(warningsForTask({ line: 12, endLine: 0 }, warnings)).toEqual([{ line: 12, message: "b" }]);
  });

  it("describes server error paths in words", () => {
    expect(describeIssuePath("plan.sections.0.tasks.2.title")).toBe("第1部分 › 第3项任务 › 标题");
    expect(describeIssuePath("plan.sections.1.sections.0.tasks.0.units.1.name")).toBe("第2部分 › 第1部分 › 第1项任务 › 单位2 › 名称");
    expect(describeIssuePath("plan.title")).toBe("标题");
    expect(describeIssuePath("_form")).toBe("_form");
  });
});
