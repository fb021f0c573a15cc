// The main navigation, asked of the permission table: a link shows when the
// caller may open its page. Pure, so every role's menu is pinned by a unit test.
import { can, platformRole } from "@/lib/auth/permissions";
import type { AuthSession } from "@/lib/auth/session";
import { SLIP_FIELD_LABELS } from "@/lib/vocabulary";

export interface NavLink {
  href: string;
  label: string;
  /** The path prefix whose pages belong to this link (highlighted as current); the href's path when absent. */
  section?: string;
  /** Carries the unread-message badge. */
  inbox?: true;
  /** Carries the count of reports waiting for review. */
  review?: true;
}

export function navLinks(session: Pick<AuthSession, "role" | "tenant" | "isPlatformAdmin">): NavLink[] {
  const role = session.role;
  const links: NavLink[] = [];
  if (session.tenant) {
    links.push({ href: "/", label: "首页" });
    if (can(role, "plans:read")) links.push({ href: "/plans", label: "规划" }, { href: "/tasks", label: "任务" });
    if (can(role, "children:read")) links.push({ href: "/districts", label: "区县对比" }, { href: "/bulletin", label: "通报" });
    if (can(role, "tasks:mine")) links.push({ href: "/my-tasks", label: "我负责的" });
    if (can(role, "reports:submit")) links.push({ href: "/reports", label: "填报" });
    if (can(role, "reports:review")) links.push({ href: "/review", label: "审核", review: true });
    if (can(role, "supervision:manage")) links.push({ href: "/supervision/requests", label: "督办", section: "/supervision" });
    if (can(role, "slips:read")) links.push({ href: "/supervision/slips?state=awaiting", label: SLIP_FIELD_LABELS.title });
    if (can(role, "units:read")) links.push({ href: "/units", label: "单位" });
    if (can(role, "people:read")) links.push({ href: "/people", label: "责任领导" });
    if (can(role, "plans:read")) links.push({ href: "/indicators", label: "指标口径" });
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

/** The link whose section holds the path: the longest section that is the path or a parent of it ("/" only itself). */
export function currentLink(links: readonly NavLink[], pathname: string): NavLink | undefined {
  let best: NavLink | undefined;
  let bestLength = -1;
  for (const link of links) {
    const section = link.section ?? link.href.split("?")[0]!;
    const inside = section === "/" ? pathname === "/" : pathname === section || pathname.startsWith(`${section}/`);
    if (inside && section.length > bestLength) {
      best = link;
      bestLength = section.length;
    }
  }
  return best;
}

/**
 * What a phone's bottom bar holds: the home page, the role's two main pages
 * (the first of PHONE_MAIN_PAGES the menu has) and 消息; everything else goes
 * behind 更多. With 更多 that is five items at most, so the bar fits 390 px.
 */
const PHONE_MAIN_PAGES = ["/review", "/my-tasks", "/supervision/requests", "/reports", "/districts", "/bulletin", "/tasks", "/platform"];
const PHONE_MAIN_COUNT = 2;

export function phoneBar(links: readonly NavLink[]): { bar: NavLink[]; more: NavLink[] } {
  const main = PHONE_MAIN_PAGES.map((href) => links.find((l) => l.href === href))
    .filter((l): l is NavLink => l !== undefined)
    .slice(0, PHONE_MAIN_COUNT);
  const inBar = (l: NavLink) => l.href === "/" || l.inbox === true || main.includes(l);
  const home = links.filter((l) => l.href === "/");
  return { bar: [...home, ...main, ...links.filter((l) => l.inbox)], more: links.filter((l) => !inBar(l)) };
}
