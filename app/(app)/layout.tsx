import Link from "next/link";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { InboxBadge } from "@/components/inbox/inbox-badge";
import { TenantSwitcher } from "@/components/layout/tenant-switcher";
import { requireSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/vocabulary";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  const links: { href: string; label: string; badge?: React.ReactNode }[] = [];
  if (session.tenant) {
    links.push({ href: "/", label: "首页" });
    if (session.role !== "city_viewer" && can(session.role, "plans:read")) {
      links.push({ href: "/plans", label: "规划" });
      links.push({ href: "/tasks", label: "任务" });
    }
    if (session.role === "leader" || session.role === "unit_reporter") links.push({ href: "/my-tasks", label: "我负责的" });
    if (can(session.role, "reports:submit")) links.push({ href: "/reports", label: "填报" });
    if (can(session.role, "reports:review")) links.push({ href: "/review", label: "审核" });
    // A city's own tenant holds no units or leaders: its data is its districts, on the home page.
    if (session.role !== "city_viewer") {
      if (can(session.role, "units:read")) links.push({ href: "/units", label: "单位" });
      if (can(session.role, "people:read")) links.push({ href: "/people", label: "责任领导" });
      if (can(session.role, "plans:read")) links.push({ href: "/indicators", label: "指标口径" });
    }
    if (can(session.role, "members:manage")) links.push({ href: "/admin/members", label: "成员管理" });
    if (can(session.role, "audit:read")) links.push({ href: "/admin/audit", label: "审计日志" });
    if (can(session.role, "inbox:read")) links.push({ href: "/inbox", label: "消息", badge: <InboxBadge className="ml-1" /> });
  }
  if (session.isPlatformAdmin) {
    links.push({ href: "/platform", label: "平台管理" });
    links.push({ href: "/platform/viewers", label: "市级账号" });
    links.push({ href: "/platform/catalogue", label: "口径库" });
    links.push({ href: "/platform/accounts", label: "账号会话" });
  }

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <Link href="/" className="text-sm font-semibold text-brand-700">
              EduPlan 教育规划督办平台
            </Link>
            <p className="truncate text-xs text-slate-500">
              {session.tenant ? session.tenant.tenantName : "平台"} · {session.role ? ROLE_LABELS[session.role] : "无角色"} ·{" "}
              <Link href="/account" className="hover:underline" title="账号与安全">
                <span data-testid="current-user">{session.displayName}</span>
              </Link>
            </p>
          </div>
          <div className="flex items-center gap-2">
            {session.memberships.length > 1 && session.tenant && (
              <TenantSwitcher current={session.tenant.tenantCode} options={session.memberships.map((m) => ({ code: m.tenantCode, name: m.tenantName }))} />
            )}
            <SignOutButton />
          </div>
        </div>
        <nav className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm" aria-label="主导航">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="whitespace-nowrap rounded-t-md px-3 py-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
              {l.label}
              {l.badge}
            </Link>
          ))}
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">
        {session.signInNotice && <SignInNotice notice={session.signInNotice} />}
        {children}
      </main>
    </div>
  );
}
