// The public plan page's task pages: every task once, in order, under its section's title.
import { describe, expect, it } from "vitest";
import { pageOfSections } from "@/lib/public/page-of-sections";

const task = (number: number) => ({ number, title: `任务${number}`, deadline: null });
const sections = [
  { title: "一", tasks: [1, 2, 3].map(task) },
  { title: "二", tasks: [4, 5].map(task) },
  { title: "三", tasks: [6, 7, 8, 9].map(task) },
];

describe("pageOfSections", () => {
  it("splits the tasks into pages, a section continuing on the next page under its title", () => {
    const pages = [1, 2, 3, 4].map((p) => pageOfSections(sections, p, 4));
    expect(pages.map((p) => p.items.map((s) => [s.title, s.tasks.map((t) => t.number)]))).toEqual([
      [
        ["一", [1, 2, 3]],
        ["二", [4]],
      ],
      [
        ["二", [5]],
        ["三", [6, 7, 8]],
      ],
      [["三", [9]]],
      [["三", [9]]],
    ]);
    expect(pages[0]).toMatchObject({ total: 9, pageCount: 3, page: 1 });
    expect(pages[3]!.page).toBe(3);
  });

  it("is one empty page for a plan without tasks", () => {
    expect(pageOfSections([], 2)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });
});
