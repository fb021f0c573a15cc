import { describe, expect, it } from "vitest";
import { countByJudgement, selectIndicatorPage } from "@/lib/dashboard/indicator-page";
import { INDICATOR_PAGE_SIZE, indicatorFilterHref, parseIndicatorListView } from "@/lib/dashboard/indicator-list-view";
import type { Judgement } from "@/lib/vocabulary";

// Worst first, as getIndicatorProgress returns them: 12 behind, 3 no-data, 9 on track.
const items = [
  ...Array.from({ length: 12 }, (_, i) => ({ id: `b${i + 1}`, result: { judgement: "behind" as Judgement } })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `n${i + 1}`, result: { judgement: "no-data" as Judgement } })),
  ...Array.from({ length: 9 }, (_, i) => ({ id: `o${i + 1}`, result: { judgement: "on-track" as Judgement } })),
];
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe("the dashboard's indicator list", () => {
  it("shows ten indicators per page, in the order given", () => {
    const first = selectIndicatorPage(items, { page: 1 });
    expect(INDICATOR_PAGE_SIZE).toBe(10);
    expect(first).toMatchObject({ total: 24, page: 1, pageCount: 3 });
    expect(ids(first)).toEqual(["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10"]);
    expect(ids(selectIndicatorPage(items, { page: 3 }))).toEqual(["o6", "o7", "o8", "o9"]);
  });

  it("filters by judgement and pages within the filter", () => {
    const behind = selectIndicatorPage(items, { judgement: "behind", page: 2 });
    expect(behind).toMatchObject({ total: 12, page: 2, pageCount: 2 });
    expect(ids(behind)).toEqual(["b11", "b12"]);
  });

  it("shows the last page when the link asks for a page the filter no longer has", () => {
    const page = selectIndicatorPage(items, { judgement: "no-data", page: 3 });
    expect(page).toMatchObject({ page: 1, pageCount: 1 });
    expect(ids(page)).toEqual(["n1", "n2", "n3"]);
  });

  it("shows an empty first page when nothing matches", () => {
    expect(selectIndicatorPage(items, { judgement: "ahead", page: 2 })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("counts every judgement over the whole list, zero included", () => {
    expect(countByJudgement(items)).toEqual({ behind: 12, "no-data": 3, "on-track": 9, ahead: 0 });
  });

  it("reads the filter from the URL and falls back to everything, page 1, on anything malformed", () => {
    expect(parseIndicatorListView({ judgement: "behind", page: "2" })).toEqual({ judgement: "behind", page: 2 });
    expect(parseIndicatorListView({ judgement: "worst", page: "-1" })).toEqual({ judgement: undefined, page: 1 });
    expect(parseIndicatorListView({})).toEqual({ judgement: undefined, page: 1 });
  });

  it("builds filter links that keep the scope toggle, restart at page 1 and land on the list", () => {
    expect(indicatorFilterHref({ mine: "1", page: undefined }, "behind")).toBe("?mine=1&judgement=behind#indicators");
    expect(indicatorFilterHref({ mine: "0" })).toBe("?mine=0#indicators");
  });
});
