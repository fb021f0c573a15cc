// lib/simulation: one plan's simulated life, as the demo seed and the
// benchmark province both use it (with their own profiles).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ReportFrequency } from "@/lib/generated/prisma/enums";
import { planPeriods } from "@/lib/reports/periods";
import { mulberry32Stream } from "@/lib/simulation/mulberry32";
import { DEMO_PROFILE, PROVINCE_PROFILE, type SimulationProfile } from "@/lib/simulation/profiles";
import { simulatePlan } from "@/lib/simulation/simulate-plan";
import type { SimIndicator, SimSlot, SimTask } from "@/lib/simulation/types";
import { Xoshiro128 } from "@/lib/simulation/xoshiro128";

const CAP = Date.UTC(2024, 10, 23); // "today": 2024-11-23
const PLAN = { startYear: 2023, endYear: 2024 };

type Task = SimTask & { n: number };

function world(frequency: ReportFrequency) {
  const periods = planPeriods(frequency, PLAN.startYear, PLAN.endYear).filter((p) => p.startsOn.getTime() <= CAP);
  const tasks: Task[] = Array.from({ length: 40 }, (_, n) => ({ n, key: `${n}#${n + 1}`, status: "not_started", progress: 0 }));
  const slots: SimSlot<Task>[] = periods.flatMap((_, periodIndex) =>
    tasks.flatMap((task) => [
      { task, periodIndex, unitName: `科室${task.n % 4}`, role: "lead" as const, author: `reporter-${task.n % 4}` },
      ...(task.n % 3 === 0 ? [{ task, periodIndex, unitName: "实验小学", role: "responsible" as const, author: "staff" }] : []),
    ]),
  );
  const indicators: SimIndicator<Task>[] = [
    {
      key: "0|近视率",
      task: tasks[0]!,
      unit: "%",
      comparator: "change",
      baselineValue: null,
      baselineYear: null,
      targetValue: -0.5,
      targetMax: null,
      targetYear: 2024,
    },
    { key: "1|覆盖率", task: null, unit: "%", comparator: "gte", baselineValue: 45, baselineYear: 2022, targetValue: 52, targetMax: null, targetYear: 2024 },
    {
      key: "2|新建幼儿园",
      task: tasks[1]!,
      unit: "所",
      comparator: "gte",
      baselineValue: null,
      baselineYear: null,
      targetValue: 6,
      targetMax: null,
      targetYear: null,
    },
  ];
  return { periods, tasks, slots, indicators };
}

function simulate(profile: SimulationProfile, frequency: ReportFrequency, reorder = <T>(list: T[]) => list) {
  const { periods, tasks, slots, indicators } = world(frequency);
  return simulatePlan({
    plan: PLAN,
    periods,
    frequency,
    cap: CAP,
    tasks,
    slots: reorder(slots),
    indicators,
    staff: "staff",
    profile,
    streams: profile === DEMO_PROFILE ? (...key) => mulberry32Stream(20240601, "test", ...key) : (...key) => new Xoshiro128(20261123, "test", ...key),
  });
}

const CASES = [
  { name: "demo (quarterly)", profile: DEMO_PROFILE, frequency: "quarterly" as const },
  { name: "province (monthly)", profile: PROVINCE_PROFILE, frequency: "monthly" as const },
];

describe.each(CASES)("simulatePlan, $name", ({ profile, frequency }) => {
  it("draws a slot's story from its own stream: the same whatever order the slots come in", () => {
    const keyOf = (s: SimSlot<Task>) => `${s.periodIndex}|${s.task.key}|${s.unitName}`;
    const stories = (result: ReturnType<typeof simulate>) =>
      new Map(result.slots.map((o) => [keyOf(o.slot), JSON.stringify({ status: o.status, overdueAt: o.overdueAt, report: o.report })]));
    const inOrder = simulate(profile, frequency);
    const reversed = simulate(profile, frequency, (list) => [...list].reverse());
    expect(stories(reversed)).toEqual(stories(inOrder));
    expect(JSON.stringify(reversed.tasks)).toBe(JSON.stringify(inOrder.tasks));
  });

  it("writes every report's steps in order, after its period began and before today, by its author and a reviewer", () => {
    const { periods } = world(frequency);
    const reports = simulate(profile, frequency).slots.filter((o) => o.report);
    expect(reports.length).toBeGreaterThan(100);
    for (const { slot, status, report } of reports) {
      const events = report!.events;
      expect(events[0]!.action).toBe("create");
      expect(events.at(-1)!.to).toBe(report!.status);
      expect(status === report!.status || (status === "submitted" && report!.fate === "resubmitted")).toBe(true);
      expect(events[0]!.at).toBeGreaterThan(periods[slot.periodIndex]!.startsOn.getTime());
      expect(events.at(-1)!.at).toBeLessThan(CAP);
      for (let i = 1; i < events.length; i++) {
        expect(events[i]!.from).toBe(events[i - 1]!.to);
        expect(events[i]!.at).toBeGreaterThan(events[i - 1]!.at);
      }
      for (const e of events) expect(e.actor).toBe(e.action === "return" || e.action === "approve" ? "staff" : slot.author);
      expect(report!.summary.startsWith(profile.phrases.prefix)).toBe(true);
    }
  });

  it("chains each task's history from not started, never lowering progress, and ends where the task stands", () => {
    for (const history of simulate(profile, frequency).tasks) {
      expect(history.changes.length).toBeGreaterThan(0);
      expect(history.changes[0]!.from).toBe("not_started");
      for (let i = 1; i < history.changes.length; i++) {
        expect(history.changes[i]!.from).toBe(history.changes[i - 1]!.to);
        expect(history.changes[i]!.fromProgress).toBe(history.changes[i - 1]!.toProgress);
        expect(history.changes[i]!.toProgress).toBeGreaterThanOrEqual(history.changes[i - 1]!.toProgress);
      }
      expect(history.changes.at(-1)).toMatchObject({ to: history.status, toProgress: history.progress });
      expect(history.changes.at(-1)!.at).toBeLessThan(CAP);
      expect(history.dueDate !== null).toBe(history.status === "delayed");
    }
  });

  it("records actuals at quarter ends: on the first report of the task and period, or entered and approved by the bureau", () => {
    const result = simulate(profile, frequency);
    const { periods } = world(frequency);
    expect(result.actuals.length).toBeGreaterThan(0);
    for (const a of result.actuals) {
      expect(periods[a.periodIndex]!.endsOn.getUTCMonth() % 3).toBe(2);
      if (a.carrier) {
        const first = result.slots.find((o) => o.report && o.slot.task === a.carrier!.slot.task && o.slot.periodIndex === a.periodIndex);
        expect(a.carrier).toBe(first);
        expect(a.enteredBy).toBe(a.carrier.report!.author);
        expect(a.reviewState).toBe({ draft: "pending", submitted: "pending", returned: "returned", approved: "approved" }[a.carrier.report!.status]);
      } else {
        expect(a.indicator.task).toBeNull();
        expect(a).toMatchObject({ reviewState: "approved", enteredBy: "staff" });
        expect(a.createdAt).toBeLessThan(CAP);
      }
    }
    // 近视率下降0.5个百分点: a "change" target below zero moves down.
    for (const a of result.actuals.filter((x) => x.indicator.key === "0|近视率")) expect(a.value).toBeLessThanOrEqual(0);
  });
});

describe("the two profiles", () => {
  it("never pause a demo task; pause a few of the province's", () => {
    const paused = (profile: SimulationProfile, frequency: ReportFrequency) => simulate(profile, frequency).tasks.filter((t) => t.status === "paused").length;
    expect(paused(DEMO_PROFILE, "quarterly")).toBe(0);
    expect(PROVINCE_PROFILE.outcomes.paused).toBeGreaterThan(0);
    expect(paused(PROVINCE_PROFILE, "monthly")).toBe(Math.round(40 * PROVINCE_PROFILE.outcomes.paused));
  });

  it("keep the demo's fixed-seed content: changing it is a decision (update this digest and say so), never a side effect", () => {
    const digest = createHash("sha256")
      .update(JSON.stringify(simulate(DEMO_PROFILE, "quarterly")))
      .digest("hex");
    expect(digest).toBe("4a14c8ffb948c62405f5356bae4e549fdd12be0e52e8245cc8bd7f12bbabf3cc");
  });
});
