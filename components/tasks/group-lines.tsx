// A group unit's line on the task page: 各中小学校、幼儿园 · 已报 n / m，逾期 k,
// opening onto each member school's slot. A native <details>, so it works
// without JavaScript and on a phone.
import Link from "@/components/ui/link";
import { SLOT_STATUS_LABELS } from "@/lib/vocabulary";
import { formatDate } from "@/lib/format";
import type { GroupLine } from "@/lib/reports/queries/task-group-slots";
import { RollupText } from "./rollup-text";

export function GroupLines({ lines }: { lines: GroupLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="group-lines">
      {lines.map((line) => (
        <li key={`${line.periodLabel}-${line.groupId}`} className="py-2">
          <details>
            <summary className="cursor-pointer">
              <span className="text-slate-900">
                {line.periodLabel} · {line.groupName}
              </span>{" "}
              <RollupText rollup={line} /> <span className="text-xs text-slate-500">· 截止 {formatDate(line.dueOn)}</span>
            </summary>
            <ul
              className="mt-2 max-h-80 space-y-1 overflow-y-auto border-l-2 border-slate-100 pl-3"
              aria-label={`${line.periodLabel}${line.groupName}成员单位填报`}
            >
              {line.slots.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-x-2">
                  <Link href={`/reports/${s.id}`} className="text-brand-700 hover:underline">
                    {s.unitName}
                  </Link>
                  <span className={`text-xs ${s.overdue ? "text-red-700" : "text-slate-600"}`}>
                    {SLOT_STATUS_LABELS[s.status]}
                    {s.progress !== null ? ` · ${s.progress}%` : ""}
                    {s.overdue ? "（逾期）" : ""}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
