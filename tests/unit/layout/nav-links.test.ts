import { describe, expect, it } from "vitest";
import { navLinks } from "@/components/layout/nav-links";
import type { MembershipInfo } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

const tenant: MembershipInfo = {
  membershipId: "m",
  tenantId: "t",
  tenantCode: "jinfeng",
  tenantName: "金凤区教育局",
  tenantKind: "bureau",
  role: "bureau_staff",
  orgUnitId: null,
};
const labels = (role: Role | null, opts: { tenant?: boolean; platform?: boolean } = {}) =>
  navLinks({ role, tenant: opts.tenant === false ? null : { ...tenant, role: role ?? "bureau_staff" }, isPlatformAdmin: opts.platform ?? false }).map(
    (l) => l.label,
  );

const PLATFORM = ["平台管理", "市级账号", "口径库", "账号会话"];

describe("the main navigation shows what the permission table lets each role open", () => {
  it("a bureau admin: the bureau's pages, members and the audit trail", () => {
    expect(labels("bureau_admin")).toEqual([
      "首页",
      "规划",
      "任务",
      "填报",
      "审核",
      "督办",
      "督办单",
      "单位",
      "责任领导",
      "指标口径",
      "成员管理",
      "审计日志",
      "消息推送",
      "消息",
    ]);
  });

  it("bureau staff: reporting and review, no administration", () => {
    expect(labels("bureau_staff")).toEqual(["首页", "规划", "任务", "填报", "审核", "督办", "督办单", "单位", "责任领导", "指标口径", "消息"]);
  });

  it("a leader: 我负责的, no reporting or review", () => {
    expect(labels("leader")).toEqual(["首页", "规划", "任务", "我负责的", "督办单", "单位", "责任领导", "指标口径", "消息"]);
  });

  it("a unit reporter: 我负责的 and reporting", () => {
    expect(labels("unit_reporter")).toEqual(["首页", "规划", "任务", "我负责的", "填报", "督办单", "单位", "责任领导", "指标口径", "消息"]);
  });

  it("a city viewer: the home page, where its districts are, and their bulletin", () => {
    expect(labels("city_viewer")).toEqual(["首页", "通报"]);
  });

  it("the platform pages follow platform:manage, from the account whichever tenant is active", () => {
    expect(labels("platform_admin", { tenant: false, platform: true })).toEqual(PLATFORM);
    expect(labels("bureau_admin", { platform: true }).slice(-PLATFORM.length)).toEqual(PLATFORM);
    expect(labels("bureau_admin")).not.toContain("平台管理");
    expect(labels(null, { tenant: false })).toEqual([]);
  });

  it("督办单 opens the slips waiting for a reply, for every role that may read them", () => {
    const links = navLinks({ role: "unit_reporter", tenant: { ...tenant, role: "unit_reporter" }, isPlatformAdmin: false });
    expect(links.find((l) => l.label === "督办单")?.href).toBe("/supervision/slips?state=awaiting");
  });

  it("only the inbox link carries the unread badge", () => {
    const links = navLinks({ role: "bureau_staff", tenant, isPlatformAdmin: false });
    expect(links.filter((l) => l.inbox).map((l) => l.href)).toEqual(["/inbox"]);
  });

  it("only the 审核 link carries the count of reports waiting for review", () => {
    const links = navLinks({ role: "bureau_staff", tenant, isPlatformAdmin: false });
    expect(links.filter((l) => l.review).map((l) => l.href)).toEqual(["/review"]);
  });
});
