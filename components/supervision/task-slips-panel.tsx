// The task page's 督办单, beside its 督办 panel: each slip's number (a link),
// level, unit and whether it is answered. The slip list's own query with a
// task filter, so a unit reporter sees only its unit's slips, as on the list
// (read with the page's, lib/tasks/read-task-page.ts; null: the role reads none).
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { Page } from "@/lib/pagination";
import type { SlipListRow } from "@/lib/supervision/slips/list-slips";
import { SLIP_FIELD_LABELS, SLIP_STATE_LABELS } from "@/lib/vocabulary";
import { SlipLevelBadge } from "./slip-level-badge";

export function TaskSlipsPanel({ slips }: { slips: Page<SlipListRow> | null }) {
  if (!slips || slips.items.length === 0) return null;
  return (
    <Card title={SLIP_FIELD_LABELS.title}>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="task-slips">
        {slips.items.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-2 py-1.5">
            <Link href={`/supervision/slips/${s.id}`} className="font-medium text-brand-700 hover:underline">
              {s.numberText}
            </Link>
            <SlipLevelBadge level={s.level} />
            <span className="break-words">{s.unitName}</span>
            <span className={`ml-auto text-xs ${s.repliedAt ? "text-green-700" : "text-amber-700"}`}>
              {s.repliedAt ? SLIP_STATE_LABELS.replied : SLIP_STATE_LABELS.awaiting}
            </span>
          </li>
        ))}
      </ul>
      {slips.total > slips.items.length && (
        <p className="mt-2 text-xs text-slate-500">
          共 {slips.total} 份，
          <Link href="/supervision/slips?state=all" className="text-brand-700 hover:underline">
            查看全部督办单
          </Link>
        </p>
      )}
    </Card>
  );
}
