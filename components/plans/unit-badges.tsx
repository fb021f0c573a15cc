import type { UnitRole } from "@/lib/generated/prisma/enums";
import type { SlotRollup } from "@/lib/reports/slot-status";
import { UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import { RollupText } from "@/components/tasks/rollup-text";

const ROLE_STYLES: Record<UnitRole, string> = {
  lead: "bg-brand-50 text-brand-700 ring-brand-100",
  responsible: "bg-slate-100 text-slate-700 ring-slate-200",
  cooperate: "bg-white text-slate-500 ring-slate-200",
};

export function UnitRoleBadge({ role }: { role: UnitRole }) {
  return <span className={`rounded px-1 py-px text-[11px] ring-1 ring-inset ${ROLE_STYLES[role]}`}>{UNIT_ROLE_LABELS[role]}</span>;
}

/** A task's units in the order given (toTaskRowData sorts them), a group unit's roll-up (已报 n / m) beside its name. */
export function UnitBadges({ units }: { units: { id: string; name: string; role: UnitRole; rollup: SlotRollup | null }[] }) {
  if (units.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="责任单位">
      {units.map((u) => (
        <li key={`${u.id}-${u.role}`} className="inline-flex min-w-0 items-center gap-1 text-xs text-slate-700">
          <UnitRoleBadge role={u.role} />
          <span className="break-all">{u.name}</span>
          {u.rollup && <RollupText rollup={u.rollup} />}
        </li>
      ))}
    </ul>
  );
}
