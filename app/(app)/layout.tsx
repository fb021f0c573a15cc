import Link from "next/link";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { InboxBadge } from "@/components/inbox/inbox-badge";
import { navLinks } from "@/components/layout/nav-links";
import { ReviewBadge } from "@/components/layout/review-badge";
import { TenantSwitcher } from "@/components/layout/tenant-switcher";
import { requireSession } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/vocabulary";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  const links = navLinks(session);

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
              {l.inbox && <InboxBadge className="ml-1" />}
              {l.review && <ReviewBadge className="ml-1" />}
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
