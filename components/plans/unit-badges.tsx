import type { UnitRole } from "@/lib/generated/prisma/enums";
import { UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import { sortUnits } from "@/lib/plans/queries/task-select";
import type { GroupRollup } from "@/lib/reports/queries/task-group-rollups";
import { RollupText } from "@/components/tasks/rollup-text";

const ROLE_STYLES: Record<UnitRole, string> = {
  lead: "bg-brand-50 text-brand-700 ring-brand-100",
  responsible: "bg-slate-100 text-slate-700 ring-slate-200",
  cooperate: "bg-white text-slate-500 ring-slate-200",
};

export function UnitRoleBadge({ role }: { role: UnitRole }) {
  return <span className={`rounded px-1 py-px text-[11px] ring-1 ring-inset ${ROLE_STYLES[role]}`}>{UNIT_ROLE_LABELS[role]}</span>;
}

/** `rollups`: a group unit's roll-up by its id (已报 n / m), shown beside its name. */
export function UnitBadges({ units, rollups }: { units: { role: UnitRole; orgUnit: { id: string; name: string } }[]; rollups?: Map<string, GroupRollup> }) {
  if (units.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="责任单位">
      {sortUnits(units).map((u) => (
        <li key={`${u.orgUnit.id}-${u.role}`} className="inline-flex min-w-0 items-center gap-1 text-xs text-slate-700">
          <UnitRoleBadge role={u.role} />
          <span className="break-all">{u.orgUnit.name}</span>
          {rollups?.has(u.orgUnit.id) && <RollupText rollup={rollups.get(u.orgUnit.id)!} />}
        </li>
      ))}
    </ul>
  );
}
