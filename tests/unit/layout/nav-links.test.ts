import { describe, expect, it } from "vitest";
import { currentLink, navLinks, phoneBar } from "@/components/layout/nav-links";
import { can } from "@/lib/auth/permissions";
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
    expect(labels("city_viewer")).toEqual(["首页", "区县对比", "通报"]);
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

  it("a city viewer gets none of the tenant's own pages: the table refuses it their data", () => {
    for (const permission of ["plans:read", "units:read", "people:read", "reports:read"] as const) expect(can("city_viewer", permission)).toBe(false);
    expect(navLinks({ role: "city_viewer", tenant: { ...tenant, role: "city_viewer" }, isPlatformAdmin: false }).map((l) => l.href)).toEqual([
      "/",
      "/districts",
      "/bulletin",
    ]);
  });
});

describe("the current page is highlighted in its section", () => {
  const links = navLinks({ role: "bureau_admin", tenant: { ...tenant, role: "bureau_admin" }, isPlatformAdmin: true });
  const current = (path: string) => currentLink(links, path)?.label;

  it("a nested page highlights its section; the home page only itself", () => {
    expect(current("/")).toBe("首页");
    expect(current("/plans/0190c3d2-0000-7000-8000-000000000000/briefing")).toBe("规划");
    expect(current("/tasks/x/edit")).toBe("任务");
    expect(current("/indicators/catalogue")).toBe("指标口径");
    expect(current("/admin/audit/42")).toBe("审计日志");
    expect(current("/account")).toBeUndefined();
    expect(current("/plansx")).toBeUndefined();
  });

  it("the longest section wins: 督办单 inside 督办, 市级账号 inside 平台管理; a link's query does not count", () => {
    expect(current("/supervision/slips/7")).toBe("督办单");
    expect(current("/supervision/slips")).toBe("督办单");
    expect(current("/supervision/acknowledgements")).toBe("督办");
    expect(current("/platform/viewers")).toBe("市级账号");
    expect(current("/platform")).toBe("平台管理");
  });
});

describe("a phone's bottom bar holds five items at most, 消息 always among them", () => {
  const bar = (role: Role, platform = false) => {
    const split = phoneBar(navLinks({ role, tenant: { ...tenant, role }, isPlatformAdmin: platform }));
    return { bar: split.bar.map((l) => l.label), more: split.more.map((l) => l.label) };
  };

  it("each role's main pages, then 消息; the rest behind 更多, nothing lost", () => {
    expect(bar("unit_reporter").bar).toEqual(["首页", "我负责的", "填报", "消息"]);
    expect(bar("bureau_staff").bar).toEqual(["首页", "审核", "督办", "消息"]);
    expect(bar("leader").bar).toEqual(["首页", "我负责的", "任务", "消息"]);
    expect(bar("city_viewer")).toEqual({ bar: ["首页", "区县对比", "通报"], more: [] });
    for (const role of ["bureau_admin", "bureau_staff", "leader", "unit_reporter"] as const) {
      const { bar: inBar, more } = bar(role, true);
      expect(inBar.length).toBeLessThanOrEqual(4);
      expect(inBar).toContain("消息");
      expect([...inBar, ...more].sort()).toEqual(labels(role, { platform: true }).sort());
    }
  });

  it("a platform admin without a tenant: 平台管理 in the bar, the other platform pages under 更多", () => {
    expect(phoneBar(navLinks({ role: "platform_admin", tenant: null, isPlatformAdmin: true })).bar.map((l) => l.label)).toEqual(["平台管理"]);
  });
});
