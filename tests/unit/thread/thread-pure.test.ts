// The five-year thread's pure parts (decision 0036): what the wording
// comparison looks at, the years of the five-year page, the hand-link
// picker's value, 结转's title and due dates, and the database's refusals worded.
import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { carriedDueDate, carryOverTitle } from "@/lib/plans/carry-over-title";
import { groupByYear } from "@/lib/thread/group-by-year";
import { linkWriteError } from "@/lib/thread/link-write-error";
import { addLinkSchema } from "@/lib/thread/schemas";
import { coreWords } from "@/lib/thread/wording";

describe("the wording comparison", () => {
  it.each([
    ["推进学前教育普及普惠优质发展", "学前教育普及普惠优质"],
    ["全面提升学前教育普及普惠水平", "学前教育普及普惠"],
    ["全面推进依法治教", "依法治教"],
    ["加强教师队伍建设", "教师队伍"],
  ])("looks at the subject of %s: %s", (title, core) => {
    expect(coreWords(title)).toBe(core);
  });
});

describe("the five-year page's years", () => {
  it("lists every year of the plan, empty ones too, and a year outside it after them", () => {
    const work = [
      { year: 2023, id: "b" },
      { year: 2022, id: "a" },
      { year: 2023, id: "c" },
      { year: 2026, id: "d" },
    ];
    expect(groupByYear(work, 2021, 2025).map((y) => [y.year, y.work.map((w) => w.id)])).toEqual([
      [2021, []],
      [2022, ["a"]],
      [2023, ["b", "c"]],
      [2024, []],
      [2025, []],
      [2026, ["d"]],
    ]);
  });
});

describe("the hand-link picker", () => {
  const id = "0191b2c3-0000-7000-8000-000000000001";
  it("reads a task or an indicator as the one target", () => {
    expect(addLinkSchema.parse({ fromTaskId: id, target: `task:${id}` })).toEqual({ fromTaskId: id, toTaskId: id, toIndicatorId: null });
    expect(addLinkSchema.parse({ fromTaskId: id, target: `indicator:${id}` })).toEqual({ fromTaskId: id, toTaskId: null, toIndicatorId: id });
  });
  it("refuses anything else in Chinese", () => {
    const result = addLinkSchema.safeParse({ fromTaskId: id, target: `plan:${id}` });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("请选择五年规划的任务或指标");
  });
});

describe("结转", () => {
  it.each([
    ["金凤区教育局2022年教育工作要点", 2022, "金凤区教育局2023年教育工作要点"],
    ["2022年全区教育工作要点（2022）", 2022, "2023年全区教育工作要点（2023）"],
    ["教育工作要点", 2022, "教育工作要点（2023年）"],
    ["20221号文件工作要点", 2022, "20221号文件工作要点（2023年）"],
  ])("titles %s of %i as %s", (title, year, next) => {
    expect(carryOverTitle(title, year)).toBe(next);
  });

  it("keeps a due date in the new year and clears one already past", () => {
    expect(carriedDueDate(new Date("2023-03-31"), 2023)).toEqual(new Date("2023-03-31"));
    expect(carriedDueDate(new Date("2023-01-01"), 2023)).toEqual(new Date("2023-01-01"));
    expect(carriedDueDate(new Date("2022-12-31"), 2023)).toBeNull();
    expect(carriedDueDate(null, 2023)).toBeNull();
  });
});

describe("the database's refusals", () => {
  it("word a foreign key and a duplicate, and pass anything else on", () => {
    expect(linkWriteError({ code: "P2003" })).toEqual(new UserFacingError("关联的任务或指标不存在或不属于本局，请刷新后重试"));
    expect(linkWriteError({ code: "P2002" })).toBeInstanceOf(ConflictError);
    const other = new Error("boom");
    expect(linkWriteError(other)).toBe(other);
  });
});

describe("who may work the thread", () => {
  it("is bureau admins and staff, never a leader, reporter or city viewer", () => {
    for (const permission of ["plans:link", "plans:carry-over"] as const) {
      expect(["bureau_admin", "bureau_staff", "leader", "unit_reporter", "city_viewer"].filter((r) => can(r as never, permission))).toEqual([
        "bureau_admin",
        "bureau_staff",
      ]);
    }
  });
});
