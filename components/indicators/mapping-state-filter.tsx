// 全部 / 未对应 / 建议 / 已确认 with their counts; a filter keeps the search
// words and starts again at page 1.
import Link from "@/components/ui/link";
import type { MappingState } from "@/lib/generated/prisma/enums";
import { MAPPING_STATE_LABELS, MAPPING_STATES } from "@/lib/vocabulary";

export function MappingStateFilter({ q, active, counts }: { q?: string; active?: MappingState; counts: Record<MappingState, number> }) {
  const total = MAPPING_STATES.reduce((n, s) => n + counts[s], 0);
  return (
    <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label="按对应状态筛选">
      <StateLink q={q} label={`全部 ${total}`} active={!active} />
      {MAPPING_STATES.map((s) => (
        <StateLink key={s} q={q} state={s} label={`${MAPPING_STATE_LABELS[s]} ${counts[s]}`} active={active === s} />
      ))}
    </nav>
  );
}

function StateLink({ q, state, label, active }: { q?: string; state?: string; label: string; active: boolean }) {
  const search = new URLSearchParams();
  if (q) search.set("q", q);
  if (state) search.set("state", state);
  const href = search.size ? `/indicators?${search.toString()}` : "/indicators";
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-full border px-3 py-1 ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
    >
      {label}
    </Link>
  );
}
