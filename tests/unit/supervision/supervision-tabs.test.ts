// The tabs over the 督办 lists follow the permission table: staff reach 督办单
// and 督办设置 from the request and 待签收 lists; a reporter gets only 督办单.
import { describe, expect, it } from "vitest";
import { supervisionTabs } from "@/components/supervision/supervision-tabs";
import { STAFF_QUEUES } from "@/lib/vocabulary/staff-queue";

describe("supervision tabs", () => {
  it("staff: 延期申请, 销号申请, 待签收, 督办单 (awaiting a reply) and 督办设置", () => {
    expect(supervisionTabs("bureau_staff").map((t) => [t.label, t.href])).toEqual([
      ["延期申请", "/supervision/requests?kind=extension"],
      ["销号申请", "/supervision/requests?kind=closing"],
      ["待签收", "/supervision/acknowledgements"],
      ["督办单", "/supervision/slips?state=awaiting"],
      ["督办设置", "/supervision/settings"],
    ]);
  });

  it("a unit reporter: only 督办单; a city viewer: none", () => {
    expect(supervisionTabs("unit_reporter").map((t) => t.label)).toEqual(["督办单"]);
    expect(supervisionTabs("city_viewer")).toEqual([]);
  });

  it("the home page's queue says 督办单待回复 in the slip list's own word", () => {
    expect(STAFF_QUEUES.find((q) => q.key === "slipsAwaitingReply")?.label).toBe("督办单待回复");
  });
});
