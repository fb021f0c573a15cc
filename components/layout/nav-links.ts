// The main navigation, asked of the permission table: a link shows when the
// caller may open its page. Pure, so every role's menu is pinned by a unit test.
import { can, platformRole } from "@/lib/auth/permissions";
import type { AuthSession } from "@/lib/auth/session";
import { SLIP_FIELD_LABELS } from "@/lib/vocabulary";

export interface NavLink {
  href: string;
  label: string;
  /** Carries the unread-message badge. */
  inbox?: true;
  /** Carries the count of reports waiting for review. */
  review?: true;
}

export function navLinks(session: Pick<AuthSession, "role" | "tenant" | "isPlatformAdmin">): NavLink[] {
  const role = session.role;
  const links: NavLink[] = [];
  if (session.tenant) {
    // A city's own tenant holds no plans, units or leaders: its data is its districts, on the home page.
    const ownData = !can(role, "children:read");
    links.push({ href: "/", label: "首页" });
    if (ownData && can(role, "plans:read")) links.push({ href: "/plans", label: "规划" }, { href: "/tasks", label: "任务" });
    if (can(role, "children:read")) links.push({ href: "/bulletin", label: "通报" });
    if (can(role, "tasks:mine")) links.push({ href: "/my-tasks", label: "我负责的" });
    if (can(role, "reports:submit")) links.push({ href: "/reports", label: "填报" });
    if (can(role, "reports:review")) links.push({ href: "/review", label: "审核", review: true });
    if (can(role, "supervision:manage")) links.push({ href: "/supervision/requests", label: "督办" });
    if (can(role, "slips:read")) links.push({ href: "/supervision/slips?state=awaiting", label: SLIP_FIELD_LABELS.title });
    if (ownData && can(role, "units:read")) links.push({ href: "/units", label: "单位" });
    if (ownData && can(role, "people:read")) links.push({ href: "/people", label: "责任领导" });
    if (ownData && can(role, "plans:read")) links.push({ href: "/indicators", label: "指标口径" });
    if (can(role, "members:manage")) links.push({ href: "/admin/members", label: "成员管理" });
    if (can(role, "audit:read")) links.push({ href: "/admin/audit", label: "审计日志" });
    if (can(role, "notifications:manage")) links.push({ href: "/admin/notifications", label: "消息推送" });
    if (can(role, "inbox:read")) links.push({ href: "/inbox", label: "消息", inbox: true });
  }
  if (can(platformRole(session), "platform:manage")) {
    links.push(
      { href: "/platform", label: "平台管理" },
      { href: "/platform/viewers", label: "市级账号" },
      { href: "/platform/catalogue", label: "口径库" },
      { href: "/platform/accounts", label: "账号会话" },
    );
  }
  return links;
}
