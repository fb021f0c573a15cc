import { describe, expect, it } from "vitest";
import "@/lib/validation/zod-locale";
import { confirmPlanImportSchema, MAX_PLAN_TASKS, parsedPlanSchema, sectionDepthWithin } from "@/lib/plans/import/parsed-plan-schema";
import type { ParsedPlan, PlanSection, PlanTask } from "@/lib/plans/parser/types";
import { parseDocument, readDocument, SEED_DOCUMENTS } from "./load-document";

const task = (n: number): PlanTask => ({
  number: n,
  title: `任务${n}`,
  goal: null,
  measures: [],
  leaders: [],
  units: [],
  targets: [],
  deadline: null,
  dueDate: null,
  ongoing: false,
  source: { line: n },
  sourceText: "",
  line: n,
  endLine: n,
});
const section = (tasks: PlanTask[], sections: PlanSection[] = []): PlanSection => ({
  number: 1,
  title: "一",
  text: null,
  line: 1,
  leaders: [],
  units: [],
  sections,
  tasks,
});

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe("parsedPlanSchema", () => {
  it.each(SEED_DOCUMENTS)("accepts the parser's own output for %s unchanged", (name) => {
    const parsed = parseDocument(name);
    const result = parsedPlanSchema.safeParse(JSON.parse(JSON.stringify(parsed)));
    expect(result.success).toBe(true);
    expect(result.data).toEqual(JSON.parse(JSON.stringify(parsed)));
  });

  it("rejects an empty or overlong title in Chinese", () => {
    const parsed = parseDocument("huiji-2023-work-points.txt");
    expect(messages(parsedPlanSchema.safeParse({ ...parsed, title: "  " }))).toContain("请填写规划标题");
    expect(messages(parsedPlanSchema.safeParse({ ...parsed, title: "长".repeat(201) }))).toContain("规划标题过长（不超过 200 字）");
  });

  it("rejects more than the task limit across sections", () => {
    const parsed = parseDocument("huiji-2023-work-points.txt");
    const many = Array.from({ length: MAX_PLAN_TASKS / 2 + 1 }, (_, i) => task(i + 1));
    const result = parsedPlanSchema.safeParse({ ...parsed, sections: [section(many), section(many)] });
    expect(messages(result)).toContain(`任务不能超过 ${MAX_PLAN_TASKS} 项`);
  });

  it("rejects deep nesting before recursing into it", () => {
    let deep = section([task(1)]);
    for (let i = 0; i < 20_000; i++) deep = section([], [deep]);
    const plan: ParsedPlan = { ...parseDocument("huiji-2023-work-points.txt"), sections: [deep] };
    expect(sectionDepthWithin(plan)).toBe(false);
    expect(messages(parsedPlanSchema.safeParse(plan))[0]).toMatch(/章节层级不能超过/);
  });

  it("rejects a blank task title, an empty unit name and a non-numeric target", () => {
    const parsed = parseDocument("huiji-2023-work-points.txt");
    const bad = section([
      { ...task(1), title: "" },
      { ...task(2), units: [{ name: " ", role: "lead" }] },
      { ...task(3), targets: [{ text: "覆盖率", value: Number.NaN, unit: "%", comparator: ">=", year: null, line: 1 }] },
    ]);
    const m = messages(parsedPlanSchema.safeParse({ ...parsed, sections: [bad] }));
    expect(m).toContain("任务标题不能为空");
    expect(m).toContain("单位名称不能为空");
    expect(m).toContain("目标值须为数字");
  });

  it("wraps the plan with its source text and replace flag", () => {
    const parsed = parseDocument("huiji-2023-work-points.txt");
    const ok = confirmPlanImportSchema.safeParse({ plan: parsed, sourceText: readDocument("huiji-2023-work-points.txt") });
    expect(ok.success && ok.data.replace).toBe(false);
    expect(messages(confirmPlanImportSchema.safeParse({ plan: parsed, sourceText: "" }))).toContain("缺少原文，请重新上传文件");
  });
});
