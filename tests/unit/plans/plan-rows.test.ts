// planRows: the rows a parsed plan is stored as, computed without a database
// (importPlan writes them; the benchmark province copies them as templates).
import { describe, expect, it } from "vitest";
import { planRows } from "@/lib/plans/import/plan-rows";
import { parsePlanText, type ParsedPlan } from "@/lib/plans/parser";

const TEXT = `测试区教育局2024年工作要点

一、办好学前教育

责任领导：王芳

牵头单位：学前科

（一）扩大资源

1.扩大普惠资源

目标任务：普惠性幼儿园覆盖率达到95%以上。

工作举措：新建幼儿园3所。改扩建幼儿园2所。

责任领导：王芳、李强

责任单位：学前科、各幼儿园

二、提升义务教育质量

2.推进集团化办学

工作举措：组建教育集团2个。

牵头单位：基教科

配合单位：区财政局、区人社局
`;

function counter() {
  let n = 0;
  return () => `id-${n++}`;
}

/** The document above with a goal target and an indicator-table row of the plan's own. */
function parsed(): ParsedPlan {
  const plan = parsePlanText(TEXT);
  plan.targets.push({ text: "学前三年毛入园率达到92%", value: 92, unit: "%", comparator: ">=", year: 2025, line: 3 });
  plan.indicators.push({
    name: "义务教育巩固率",
    unit: "%",
    category: "义务教育",
    baseline: { value: 97.5, year: 2023 },
    target: { value: 98, comparator: "range", min: 98, max: 99, year: 2025 },
    attribute: null,
    line: 4,
  });
  return plan;
}

describe("planRows", () => {
  it("lists sections parents first, each linked to its parent and numbered in document order", () => {
    const rows = planRows(parsed(), { newId: counter(), fallbackYear: 2030 });
    const byId = new Map(rows.sections.map((s) => [s.id, s]));
    expect(rows.sections.map((s) => [s.position, s.title, s.parentId ? byId.get(s.parentId)!.title : null])).toEqual([
      [0, "办好学前教育", null],
      [1, "扩大资源", "办好学前教育"],
      [2, "提升义务教育质量", null],
    ]);
    expect(rows.tasks.map((t) => [t.position, t.number, t.title, byId.get(t.sectionId)!.title])).toEqual([
      [0, 1, "扩大普惠资源", "扩大资源"],
      [1, 2, "推进集团化办学", "提升义务教育质量"],
    ]);
  });

  it("gives each task its sections' leaders and units first, each name (and unit role) once", () => {
    const rows = planRows(parsed(), { newId: counter(), fallbackYear: 2030 });
    const [first, second] = rows.tasks;
    const of = <R extends { taskId: string }>(list: R[], taskId: string) => list.filter((r) => r.taskId === taskId);
    expect(of(rows.leaders, first!.id).map((l) => l.name)).toEqual(["王芳", "李强"]);
    expect(of(rows.units, first!.id).map((u) => `${u.name}:${u.role}`)).toEqual(["学前科:lead", "学前科:responsible", "各幼儿园:responsible"]);
    expect(of(rows.leaders, second!.id)).toEqual([]);
    expect(of(rows.units, second!.id).map((u) => `${u.name}:${u.role}`)).toEqual(["基教科:lead", "区财政局:cooperate", "区人社局:cooperate"]);
    expect(of(rows.measures, first!.id).map((m) => [m.position, m.text])).toEqual([
      [0, "新建幼儿园3所。"],
      [1, "改扩建幼儿园2所。"],
    ]);
  });

  it("numbers indicators across the plan: task targets, then the goal targets, then the indicator table", () => {
    const rows = planRows(parsed(), { newId: counter(), fallbackYear: 2030 });
    const [first, second] = rows.tasks;
    expect(rows.indicators.map((i) => [i.position, i.origin, i.taskId])).toEqual([
      [0, "text", first!.id],
      [1, "text", first!.id],
      [2, "text", first!.id],
      [3, "text", second!.id],
      [4, "text", null],
      [5, "table", null],
    ]);
    expect(rows.indicators[4]).toMatchObject({ name: "学前三年毛入园率达到92%", comparator: "gte", targetValue: 92, targetMax: null, targetYear: 2025 });
    expect(rows.indicators[5]).toMatchObject({
      name: "义务教育巩固率",
      comparator: "range",
      baselineValue: 97.5,
      baselineYear: 2023,
      targetValue: 98,
      targetMax: 99,
      sourceText: "义务教育 / 义务教育巩固率",
    });
  });

  it("takes its ids from the caller and nothing else, so the same document gives the same rows", () => {
    expect(planRows(parsed(), { newId: counter(), fallbackYear: 2030 })).toEqual(planRows(parsed(), { newId: counter(), fallbackYear: 2030 }));
  });

  it("heads the plan with its trimmed title, guessed kind, and the fallback year when the document states none", () => {
    const plan = parsed();
    expect(planRows(plan, { newId: counter(), fallbackYear: 2030 }).plan).toMatchObject({
      title: "测试区教育局2024年工作要点",
      kind: "work_points",
      startYear: 2024,
      endYear: 2024,
    });
    plan.title = "  某某行动方案 ";
    plan.period = null;
    expect(planRows(plan, { newId: counter(), fallbackYear: 2030 }).plan).toMatchObject({
      title: "某某行动方案",
      kind: "action_plan",
      startYear: 2030,
      endYear: 2030,
    });
  });
});
