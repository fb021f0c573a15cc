"use client";

// The desktop menu under the header: every page of the role, wrapping rather
// than scrolling sideways; the current section is highlighted.
import { usePathname } from "next/navigation";
import { NavItem, type NavCounts } from "./nav-item";
import { currentLink, type NavLink } from "./nav-links";

export function TopMenu({ links, counts }: { links: NavLink[]; counts: NavCounts }) {
  const current = currentLink(links, usePathname());
  return (
    <nav className="mx-auto hidden max-w-6xl flex-wrap gap-1 px-2 text-sm md:flex" aria-label="主导航">
      {links.map((l) => (
        <NavItem
          key={l.href}
          link={l}
          current={l === current}
          counts={counts}
          className="inline-flex items-center gap-1 rounded-t-md border-b-2 border-transparent px-3 py-2 whitespace-nowrap text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:border-brand-600 aria-[current=page]:font-medium aria-[current=page]:text-brand-700"
        />
      ))}
    </nav>
  );
}
