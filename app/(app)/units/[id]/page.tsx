import { UnitLedgerLink } from "@/components/ledger/export-links";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { ORG_UNIT_KIND_LABELS, ROLE_LABELS } from "@/lib/vocabulary";
import { readTenant } from "@/lib/db/tenant-scope";
import { can } from "@/lib/auth/permissions";
import { getGroupView } from "@/lib/org/get-group-view";
import { getUnit } from "@/lib/org/get-unit";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { GroupSection } from "@/components/org/group-section";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("units:read");
  const id = idOr404((await params).id);
  const unit = await orNotFound(readTenant(session, (tx) => getUnit(tx, session.tenant.tenantId, id)));
  const groupView = unit.kind === "group" ? await readTenant(session, (tx) => getGroupView(tx, session, unit)) : null;
  return (
    <>
      <PageHeader
        title={unit.name}
        description={ORG_UNIT_KIND_LABELS[unit.kind]}
        actions={unit._count.taskUnits > 0 ? <UnitLedgerLink unitId={unit.id} /> : undefined}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title="承担任务">
          <p className="text-2xl font-semibold tabular-nums">{unit._count.taskUnits}</p>
        </Card>
        <Card title="绑定账号">
          {unit.memberships.length === 0 ? (
            <p className="text-sm text-slate-500">暂无</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {unit.memberships.map((m) => (
                <li key={m.id}>
                  {m.user.displayName}（{m.user.username}，{ROLE_LABELS[m.role]}）
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {groupView && <GroupSection groupId={unit.id} view={groupView} canEdit={can(session.role, "units:manage")} />}
    </>
  );
}
