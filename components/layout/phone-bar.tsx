"use client";

// The phone's bottom bar: 首页, the role's two main pages, 消息 with its count (0 too)
// and 更多, which opens the rest of the menu (and the account's own links,
// passed as children) in a modal <dialog>: focus moves into it, Tab stays in
// it, Esc and 关闭 close it, and a screen reader hears a dialog named 更多.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { NavItem, type NavCounts } from "./nav-item";
import { currentLink, phoneBar, type NavLink } from "./nav-links";

const BAR_ITEM = "flex h-14 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 px-1 text-xs";
const BAR_LINK = `${BAR_ITEM} text-slate-600 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700`;

export function PhoneBar({ links, counts, children }: { links: NavLink[]; counts: NavCounts; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = currentLink(links, pathname);
  const { bar, more } = phoneBar(links);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();

  // A link in the sheet navigates without reloading: close the sheet on arrival.
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);
  const currentInMore = current !== undefined && more.includes(current);

  return (
    <nav
      aria-label="主导航"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden print:hidden"
    >
      <ul className="flex">
        {bar.map((l) => (
          <li key={l.href} className="flex min-w-0 flex-1">
            <NavItem link={l} current={l === current} counts={counts} className={BAR_LINK} alwaysCount />
          </li>
        ))}
        <li className="flex min-w-0 flex-1">
          <button
            type="button"
            aria-haspopup="dialog"
            aria-expanded={open}
            aria-controls="more-menu"
            onClick={() => dialog.current?.showModal()}
            className={`${BAR_ITEM} ${currentInMore ? "font-semibold text-brand-700" : "text-slate-600"}`}
          >
            更多
          </button>
        </li>
      </ul>
      <dialog
        id="more-menu"
        ref={dialog}
        aria-labelledby="more-menu-title"
        onToggle={(e) => setOpen(e.currentTarget.open)}
        onClick={(e) => e.target === e.currentTarget && close()}
        className="mt-auto mb-0 max-h-[80vh] w-full max-w-none rounded-t-xl bg-white p-0 backdrop:bg-slate-900/40"
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
          <h2 id="more-menu-title" className="text-sm font-semibold">
            更多
          </h2>
          <button type="button" onClick={close} className="min-h-11 rounded-md px-3 text-sm text-slate-600">
            关闭
          </button>
        </div>
        <ul className="divide-y divide-slate-100">
          {more.map((l) => (
            <li key={l.href}>
              <NavItem
                link={l}
                current={l === current}
                counts={counts}
                onClick={close}
                className="flex min-h-12 items-center gap-2 px-4 text-sm text-slate-800 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
              />
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 px-4 py-3 pb-[calc(0.75rem+env(safe-area-inset-bottom))]">{children}</div>
      </dialog>
    </nav>
  );
}
