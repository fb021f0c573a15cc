// The header: the mark, who is signed in and for what (tenant, name, role,
// the unit of a unit-bound member), the search box, and on desktop the tenant
// switcher and 退出登录 (on a phone those sit under 更多, and search is an icon).
import Link from "@/components/ui/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SearchBox } from "@/components/search/search-box";
import { BrandMark } from "./brand-mark";
import type { HeaderIdentity } from "./header-identity";

export function AppHeader({ identity, switcher }: { identity: HeaderIdentity; switcher: React.ReactNode }) {
  return (
    <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2">
      <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md text-sm font-semibold text-brand-700" title="EduPlan 教育规划督办平台">
        <BrandMark className="size-8" />
        <span className="sr-only md:not-sr-only">EduPlan</span>
      </Link>
      <div className="min-w-0 flex-1 leading-tight">
        <p className="truncate text-sm font-semibold text-slate-900">{identity.tenant}</p>
        <p className="truncate text-xs text-slate-600">
          <Link href="/account" className="hover:underline" title="账号与安全">
            <span data-testid="current-user">{identity.name}</span>
          </Link>
          {identity.role && <> · {identity.role}</>}
          {identity.unit && (
            <>
              {" · 填报单位："}
              <span data-testid="current-unit">{identity.unit}</span>
            </>
          )}
        </p>
      </div>
      <SearchBox className="hidden w-56 md:block" />
      <Link href="/search" aria-label="搜索" className="inline-flex size-10 shrink-0 items-center justify-center rounded-md text-slate-600 md:hidden">
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </Link>
      <div className="hidden shrink-0 items-center gap-2 md:flex">
        {switcher}
        <SignOutButton />
      </div>
    </div>
  );
}
