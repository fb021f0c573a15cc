// A task row is decided on the server and drawn in the browser (decision 0047):
// what travels must be plain data React can send (no Decimal, no Map), units in
// the server's order, figures formatted, and 完成时限 judged against the day given;
// the browser draws it with the test ids and words the lists have always had.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TaskRowView } from "@/components/plans/task-row-view";
import { Prisma } from "@/lib/generated/prisma/client";
import { toTaskRowData } from "@/lib/plans/display/task-row-view";
import type { TaskListItem } from "@/lib/plans/queries/task-select";

const TODAY = new Date("2026-06-15T00:00:00Z");

function task(over: Partial<TaskListItem> = {}): TaskListItem {
  return {
    id: "t1",
    planId: "p1",
    sectionId: null,
    number: 3,
    position: 3,
    title: "推进集团化办学",
    status: "in_progress",
    progress: 40,
    dueDate: new Date("2026-05-31T00:00:00Z"),
    deadlineText: "2026年5月底前",
    ongoing: false,
    closedAt: null,
    plan: { id: "p1", title: "2026年工作要点", startYear: 2026 },
    leaders: [{ person: { id: "a", name: "王强" } }, { person: { id: "b", name: "李梅" } }],
    units: [
      { role: "cooperate", orgUnit: { id: "u3", name: "财务科" } },
      { role: "responsible", orgUnit: { id: "u2", name: "各中小学" } },
      { role: "lead", orgUnit: { id: "u1", name: "基础教育科" } },
      { role: "cooperate", orgUnit: { id: "u4", name: "安全科" } },
    ],
    indicators: [
      {
        id: "i1",
        name: "普惠性学前教育覆盖率",
        unit: "%",
        comparator: "gte",
        targetValue: new Prisma.Decimal("86.0000"),
        targetMax: null,
        targetYear: 2025,
        origin: "parsed",
      },
    ],
    ...over,
  } as TaskListItem;
}

describe("toTaskRowData", () => {
  it("is plain data: a JSON round trip gives it back unchanged", () => {
    const rollups = new Map([["u2", { reported: 3, total: 5, overdue: 1, periodLabel: "2026年5月" }]]);
    const view = toTaskRowData(task(), { plan: { id: "p1", title: "2026年工作要点" }, rollups, today: TODAY });
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it("orders units lead, responsible, cooperate, and by name within a role; a group's figures beside it", () => {
    const rollups = new Map([["u2", { reported: 3, total: 5, overdue: 1, periodLabel: "2026年5月" }]]);
    const view = toTaskRowData(task(), { rollups, today: TODAY });
    expect(view.units.map((u) => `${u.role}:${u.name}`)).toEqual(["lead:基础教育科", "responsible:各中小学", "cooperate:安全科", "cooperate:财务科"]);
    expect(view.units.find((u) => u.id === "u2")!.rollup).toEqual({ reported: 3, total: 5, overdue: 1 });
    expect(view.units.find((u) => u.id === "u1")!.rollup).toBeNull();
  });

  it("formats targets with their year, and leaves the plan out where the list does not name it", () => {
    const view = toTaskRowData(task(), { today: TODAY });
    expect(view.targets).toEqual([{ id: "i1", name: "普惠性学前教育覆盖率", text: "≥ 86% · 2025" }]);
    expect(view.plan).toBeNull();
    expect(view.leaders).toEqual(["王强", "李梅"]);
  });

  it("a past due date is 逾期 with its chip; beside a 亮灯 badge the chip is left to the badge", () => {
    const plain = toTaskRowData(task(), { today: TODAY });
    expect(plain.deadline).toEqual({ shown: "2026-05-31", written: "2026年5月底前", overdue: true, chip: true });
    const lit = toTaskRowData({ ...task(), light: { light: "red", reason: "overdue", expectedProgress: 100 } }, { today: TODAY });
    expect(lit.deadline).toMatchObject({ overdue: true, chip: false });
    expect(toTaskRowData(task(), { today: new Date("2026-05-01T00:00:00Z") }).deadline).toMatchObject({ overdue: false, chip: false });
  });

  it("an ongoing task without a date says 长期/持续 unless its badge already does; no deadline at all is none", () => {
    const ongoing = task({ dueDate: null, deadlineText: null, ongoing: true });
    expect(toTaskRowData(ongoing, { today: TODAY }).deadline?.shown).toBe("长期/持续");
    expect(toTaskRowData({ ...ongoing, light: { light: "none", reason: null, expectedProgress: null } }, { today: TODAY }).deadline).toBeNull();
    expect(toTaskRowData(task({ dueDate: null, deadlineText: "  " }), { today: TODAY }).deadline).toBeNull();
  });
});

describe("TaskRowView draws the row", () => {
  const rollups = new Map([["u2", { reported: 3, total: 5, overdue: 1, periodLabel: "2026年5月" }]]);
  const draw = (t: TaskListItem & { light?: Parameters<typeof toTaskRowData>[0]["light"] }) =>
    renderToStaticMarkup(createElement(TaskRowView, { row: toTaskRowData(t, { plan: { id: "p1", title: "2026年工作要点" }, rollups, today: TODAY }) }));

  it("title, plan, leaders, units in order with the group's figures, deadline with 逾期, the target", () => {
    const html = draw(task());
    expect(html).toContain('data-testid="task-row"');
    expect(html).toMatch(/href="\/tasks\/t1"[^>]*>.*3.*推进集团化办学<\/a>/);
    expect(html).toContain('href="/plans/p1"');
    expect(html).toMatch(/data-testid="task-leaders">王强、李梅</);
    const units = [...html.matchAll(/<span class="break-all">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(units).toEqual(["基础教育科", "各中小学", "安全科", "财务科"]);
    expect(html).toMatch(/data-testid="group-rollup">已报 3 \/ 5.*逾期 1/);
    expect(html).toMatch(/data-testid="task-deadline"[^>]*>完成时限 2026-05-31.*（2026年5月底前）/);
    expect(html).toMatch(/data-testid="task-overdue"[^>]*>逾期</);
    expect(html).toContain("≥ 86% · 2025");
  });

  it("beside a red light the row shows the badge and no 逾期 chip", () => {
    const html = draw({ ...task(), light: { light: "red", reason: "overdue", expectedProgress: 100 } });
    expect(html).toMatch(/data-testid="task-light" data-light="red"/);
    expect(html).not.toContain('data-testid="task-overdue"');
  });
});
