// Who answers for a task: its leaders, and its units grouped by role
// (牵头 / 责任 / 配合), each unit linking to its own page.
import Link from "@/components/ui/link";
import { UnitRoleBadge } from "@/components/plans/unit-badges";
import { Card } from "@/components/ui/card";
import { UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";
import type { TaskDetail } from "@/lib/plans/queries/get-task";
import { sortUnits } from "@/lib/plans/queries/task-select";

export function TaskLeaders({ leaders }: { leaders: TaskDetail["leaders"] }) {
  return (
    <Card title="责任领导">
      {leaders.length === 0 ? (
        <p className="text-sm text-slate-500">未指定</p>
      ) : (
        <p className="text-sm" data-testid="task-leaders">
          {leaders.map((l) => l.person.name).join("、")}
        </p>
      )}
    </Card>
  );
}

export function TaskUnits({ units: unsorted }: { units: TaskDetail["units"] }) {
  const units = sortUnits(unsorted);
  return (
    <Card title="责任单位">
      {units.length === 0 ? (
        <p className="text-sm text-slate-500">未指定</p>
      ) : (
        <dl className="space-y-3 text-sm" data-testid="task-units">
          {UNIT_ROLES.filter((r) => units.some((u) => u.role === r)).map((role) => (
            <div key={role}>
              <dt className="mb-1 flex items-center gap-1 text-xs text-slate-500">
                <UnitRoleBadge role={role} />
                {UNIT_ROLE_LABELS[role]}单位
              </dt>
              <dd>
                <ul className="space-y-0.5">
                  {units
                    .filter((u) => u.role === role)
                    .map((u) => (
                      <li key={u.orgUnit.id}>
                        <Link href={`/units/${u.orgUnit.id}`} className="break-all text-brand-700 hover:underline">
                          {u.orgUnit.name}
                        </Link>
                      </li>
                    ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
