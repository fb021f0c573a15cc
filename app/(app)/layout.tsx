import Link from "@/components/ui/link";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { AppHeader } from "@/components/layout/app-header";
import { headerIdentity } from "@/components/layout/header-identity";
import { navLinks } from "@/components/layout/nav-links";
import { PhoneBar } from "@/components/layout/phone-bar";
import { TenantSwitcher } from "@/components/layout/tenant-switcher";
import { TopMenu } from "@/components/layout/top-menu";
import { requireSession } from "@/lib/auth/guards";
import { hasTenant } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { readNavFacts, type NavFacts } from "@/lib/navigation/read-nav-facts";

const NO_FACTS: NavFacts = { unread: 0, toReview: 0, unitName: null };

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const session = await requireSession();
  const links = navLinks(session);
  const facts = hasTenant(session) ? await readTenant(session, (tx) => readNavFacts(tx, session)) : NO_FACTS;
  const identity = headerIdentity({
    tenantName: session.tenant?.tenantName ?? null,
    displayName: session.displayName,
    role: session.role,
    unitName: facts.unitName,
  });
  const switcher = session.memberships.length > 1 && session.tenant && (
    <TenantSwitcher current={session.tenant.tenantCode} options={session.memberships.map((m) => ({ code: m.tenantCode, name: m.tenantName }))} />
  );

  return (
    // --phone-bar-height: what the phone's bottom bar covers, so a sticky bar of a page (the report's
    // 提交 bar) sits above it rather than under it.
    <div className="min-h-screen [--phone-bar-height:calc(3.5rem+1px+env(safe-area-inset-bottom))] md:[--phone-bar-height:0px]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        跳到主要内容
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <AppHeader identity={identity} switcher={switcher} />
        <TopMenu links={links} counts={facts} />
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 pb-24 outline-none md:pb-6">
        {session.signInNotice && <SignInNotice notice={session.signInNotice} />}
        {children}
      </main>
      <PhoneBar links={links} counts={facts}>
        <Link href="/account" className="min-h-9 rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700">
          账号与安全
        </Link>
        {switcher}
        <SignOutButton />
      </PhoneBar>
    </div>
  );
}
