// Every enum a user sees has one module: its values in display order and a
// Chinese label for each. A value added to the schema without a word, or a
// list that drops one, fails here instead of showing a raw code on a page.
import { describe, expect, it } from "vitest";
import * as Prisma from "@/lib/generated/prisma/enums";
import { parsedPlanSchema } from "@/lib/plans/import/parsed-plan-schema";
import { parsePlanText } from "@/lib/plans/parser";
import * as V from "@/lib/vocabulary";

const CHINESE = /^[\u3000-\u303f\u4e00-\u9fff（）≥≤=]+$/;

/** [name, display order, labels, the schema's values] */
const ENUMS: [string, readonly string[], Record<string, string>, Record<string, string>][] = [
  ["Role", V.ROLES, V.ROLE_LABELS, Prisma.Role],
  ["OrgUnitKind", V.ORG_UNIT_KINDS, V.ORG_UNIT_KIND_LABELS, Prisma.OrgUnitKind],
  ["PlanKind", V.PLAN_KINDS, V.PLAN_KIND_LABELS, Prisma.PlanKind],
  ["TaskStatus", V.TASK_STATUSES, V.TASK_STATUS_LABELS, Prisma.TaskStatus],
  ["UnitRole", V.UNIT_ROLES, V.UNIT_ROLE_LABELS, Prisma.UnitRole],
  ["Comparator", V.COMPARATORS, V.COMPARATOR_LABELS, Prisma.Comparator],
  ["ReportFrequency", V.REPORT_FREQUENCIES, V.FREQUENCY_LABELS, Prisma.ReportFrequency],
  ["SlotStatus", V.SLOT_STATUSES, V.SLOT_STATUS_LABELS, Prisma.SlotStatus],
  ["ReportStatus", V.REPORT_STATUSES, V.REPORT_STATUS_LABELS, Prisma.ReportStatus],
  ["MappingState", V.MAPPING_STATES, V.MAPPING_STATE_LABELS, Prisma.MappingState],
  ["InboxKind", V.INBOX_KINDS, V.INBOX_KIND_LABELS, Prisma.InboxKind],
];

describe("one module per enum", () => {
  it.each(ENUMS)("%s: the display order lists every schema value once, each with a Chinese label", (_name, order, labels, schema) => {
    expect([...order].sort()).toEqual(Object.values(schema).sort());
    expect(Object.keys(labels).sort()).toEqual(Object.values(schema).sort());
    for (const value of order) expect(labels[value]).toMatch(CHINESE);
  });

  it("keeps the enums that are not the schema's complete too", () => {
    for (const [order, labels] of [
      [V.JUDGEMENTS, V.JUDGEMENT_LABELS],
      [V.REPORT_EVENT_ACTIONS, V.REPORT_EVENT_LABELS],
      [V.PERIOD_BASES, V.PERIOD_BASIS_LABELS],
      [V.DEFINITION_DIRECTIONS, V.DIRECTION_LABELS],
    ] as [readonly string[], Record<string, string>][]) {
      expect(Object.keys(labels).sort()).toEqual([...order].sort());
      for (const value of order) expect(labels[value]).toMatch(CHINESE);
    }
  });

  it("lets a slot speak of its report in the report's own words", () => {
    for (const status of V.REPORT_STATUSES) expect(V.SLOT_STATUS_LABELS[status]).toBe(V.REPORT_STATUS_LABELS[status]);
    // The ledger is the bureau's sheet: only "submitted" reads differently there.
    expect(V.REPORT_STATUS_REVIEWER_LABELS).toEqual({ ...V.REPORT_STATUS_LABELS, submitted: "待审核" });
  });

  it("orders judgements worst first and shows an unknown report event as its code", () => {
    expect(
      Object.entries(V.JUDGEMENT_ORDER)
        .sort((a, b) => a[1] - b[1])
        .map(([j]) => j),
    ).toEqual([...V.JUDGEMENTS]);
    expect(V.reportEventLabel("approve")).toBe("审核通过");
    expect(V.reportEventLabel("archived")).toBe("archived");
  });
});

describe("one comparator vocabulary at the API", () => {
  it("maps the API's spelling to the database's and back, for every comparator", () => {
    expect(V.API_COMPARATORS.map((c) => V.COMPARATOR_FROM_API[c])).toEqual([...V.COMPARATORS]);
    for (const c of V.COMPARATORS) expect(V.COMPARATOR_FROM_API[V.COMPARATOR_TO_API[c]]).toBe(c);
    expect(V.COMPARATOR_TO_API.gte).toBe(">=");
  });

  it("is the spelling the parser emits and the import schema accepts", () => {
    const parsed = parsePlanText("2023年工作要点\n一、总体目标\n（一）提升质量\n残疾儿童入学率达95%以上，班额不高于45人。");
    const comparators = [...parsed.targets, ...parsed.sections.flatMap((s) => s.tasks.flatMap((t) => t.targets))].map((t) => t.comparator);
    expect(comparators.length).toBeGreaterThan(0);
    for (const c of comparators) expect(V.API_COMPARATORS).toContain(c);
    const target = { text: "不低于95%", value: 95, unit: "%", comparator: "gte", year: null, line: 1 };
    const draft = { ...parsed, targets: [target] };
    expect(parsedPlanSchema.safeParse(draft).success).toBe(false);
    expect(parsedPlanSchema.safeParse({ ...draft, targets: [{ ...target, comparator: ">=" }] }).success).toBe(true);
  });

  it("names each comparator once, with its sign in a select", () => {
    expect(V.COMPARATORS.map(V.comparatorOptionLabel)).toEqual(["不低于（≥）", "不高于（≤）", "等于（=）", "区间", "变化量"]);
  });
});
