import { describe, expect, it } from "vitest";
import { suggestGroupRule } from "@/lib/org/suggest-group-rule";
import { rollUpSlots } from "@/lib/reports/slot-status";

describe("suggestGroupRule: the member kinds a group's name suggests", () => {
  it.each([
    ["各中小学校、幼儿园", ["school", "kindergarten"]],
    ["各中小学、幼儿园", ["school", "kindergarten"]],
    ["各学校", ["school"]],
    ["各中心学校", ["school"]],
    ["各幼儿园", ["kindergarten"]],
    ["各街道", ["township"]],
    ["各乡镇场", ["township"]],
    ["局内各科室", ["department"]],
    ["各有关单位", []],
  ])("%s → %j", (name, kinds) => {
    expect(suggestGroupRule(name)).toEqual(kinds);
  });
});

describe("rollUpSlots: a group's line", () => {
  it("counts submitted and approved as reported, and unsubmitted past due as overdue", () => {
    const today = new Date("2026-04-10T00:00:00Z");
    const past = new Date("2026-04-05T00:00:00Z");
    const future = new Date("2026-04-20T00:00:00Z");
    const slots = [
      { status: "submitted" as const, dueOn: past },
      { status: "approved" as const, dueOn: past },
      { status: "returned" as const, dueOn: past },
      { status: "open" as const, dueOn: past },
      { status: "draft" as const, dueOn: future },
    ];
    expect(rollUpSlots(slots, today)).toEqual({ reported: 2, total: 5, overdue: 2 });
  });
});
