// A breakdown draws its first rows and offers the rest (decision 0049): the
// server's HTML holds BREAKDOWN_ROWS_SHOWN rows whatever the bureau's size, the
// button says how many there are, and a short table has no button at all.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BreakdownTable, type LinkedBreakdownRow } from "@/components/dashboard/breakdown-table";
import { BREAKDOWN_ROWS_SHOWN } from "@/lib/dashboard/breakdown-rows-shown";

function rows(n: number): LinkedBreakdownRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    name: `科室${i + 1}`,
    plan: null,
    counts: { total: 4, delayed: 1, in_progress: 1, not_started: 1, completed: 1, paused: 0 },
    completedShare: 0.25,
    link: { unit: `u${i}`, role: "lead" },
  }));
}

function draw(n: number): string {
  return renderToStaticMarkup(
    createElement(BreakdownTable, { title: "按主责单位", groupLabel: "主责单位", rows: rows(n), mine: false, testId: "breakdown-units" }),
  );
}

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe("BreakdownTable", () => {
  it("draws the first rows of a long table and offers all of them", () => {
    const html = draw(37);
    expect(count(html, 'data-testid="breakdown-row"')).toBe(BREAKDOWN_ROWS_SHOWN);
    expect(html).toContain(`科室${BREAKDOWN_ROWS_SHOWN}<`);
    expect(html).not.toContain(`科室${BREAKDOWN_ROWS_SHOWN + 1}<`);
    expect(html).toMatch(/<button[^>]*>显示全部 37 行<\/button>/);
    // The button names the rows it shows and the table it belongs to.
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(controls).toBeTruthy();
    expect(html).toContain(`<tbody id="${controls}"`);
    expect(html).toContain('aria-describedby="breakdown-units-title"');
    expect(html).toContain('id="breakdown-units-title"');
  });

  it("draws a short table whole, without a button", () => {
    const html = draw(BREAKDOWN_ROWS_SHOWN);
    expect(count(html, 'data-testid="breakdown-row"')).toBe(BREAKDOWN_ROWS_SHOWN);
    expect(html).not.toContain("<button");
  });

  it("says so when there is no row, without a table or a button", () => {
    const html = draw(0);
    expect(html).toContain("暂无任务");
    expect(html).not.toContain("<table");
    expect(html).not.toContain("<button");
  });

  it("links every count of a drawn row to the task list of its group", () => {
    const html = draw(1);
    expect(html).toContain('href="/tasks?unit=u0&amp;role=lead&amp;status=delayed"');
  });
});
