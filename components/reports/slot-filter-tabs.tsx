import Link from "@/components/ui/link";
import type { SlotCounts } from "@/lib/reports/queries/slot-counts";

export const SLOT_FILTERS = [
  { key: "todo", label: "待填报" },
  { key: "overdue", label: "逾期" },
  { key: "submitted", label: "已提交" },
  { key: "returned", label: "已退回" },
  { key: "approved", label: "已通过" },
  { key: "all", label: "全部" },
] as const;

export type SlotFilterKey = (typeof SLOT_FILTERS)[number]["key"];

/** Plain links so a filter is a shareable URL; scrolls inside its own box on a phone. */
export function SlotFilterTabs({ active, counts, q }: { active: SlotFilterKey; counts: SlotCounts; q?: string }) {
  return (
    <nav aria-label="按状态筛选" className="-mx-4 mb-3 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-1.5 whitespace-nowrap">
        {SLOT_FILTERS.map((f) => {
          const params = new URLSearchParams({ status: f.key });
          if (q) params.set("q", q);
          const isActive = f.key === active;
          return (
            <li key={f.key}>
              <Link
                href={`/reports?${params.toString()}`}
                aria-current={isActive ? "page" : undefined}
                className={`inline-flex min-h-9 items-center gap-1 rounded-full border px-3 text-sm ${
                  isActive ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
                } ${f.key === "overdue" && !isActive && counts.overdue > 0 ? "border-red-300 text-red-700" : ""}`}
              >
                {f.label}
                <span className={`tabular-nums text-xs ${isActive ? "text-white/80" : "text-slate-500"}`}>{counts[f.key]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
