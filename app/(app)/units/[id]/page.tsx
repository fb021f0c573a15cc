import { UnitLedgerLink } from "@/components/ledger/export-links";
import { Card, PageHeader } from "@/components/ui/card";
import { MergeIntoForm, RenameUnitForm, UnitKindForm } from "@/components/units/unit-manage-forms";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ORG_UNIT_KIND_LABELS, ROLE_LABELS } from "@/lib/vocabulary";
import { readTenant } from "@/lib/db/tenant-scope";
import { getGroupView } from "@/lib/org/get-group-view";
import { getUnit } from "@/lib/org/get-unit";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { GroupSection } from "@/components/org/group-section";
import { listUnitNames } from "@/lib/units/list-unit-names";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("units:read");
  const id = idOr404((await params).id);
  const manage = can(session.role, "units:manage");
  const { unit, others } = await orNotFound(
    readTenant(session, async (tx) => ({
      unit: await getUnit(tx, session.tenant.tenantId, id),
      others: manage ? (await listUnitNames(tx, session.tenant.tenantId)).filter((u) => u.id !== id) : [],
    })),
  );
  const details = [unit.stage, unit.ownership, unit.district].filter(Boolean).join(" · ");
  const groupView = unit.kind === "group" ? await readTenant(session, (tx) => getGroupView(tx, session, unit)) : null;
  return (
    <>
      <PageHeader
        title={unit.name}
        description={[ORG_UNIT_KIND_LABELS[unit.kind], details].filter(Boolean).join(" · ")}
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
        {unit.aliases.length > 0 && (
          <Card title="曾用名">
            <p className="text-sm" data-testid="unit-aliases">
              {unit.aliases.map((a) => a.name).join("、")}
            </p>
            <p className="mt-1 text-xs text-slate-500">导入规划时，这些名称会自动对应到本单位。</p>
          </Card>
        )}
      </div>
      {manage && (
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Card title="单位类型">
            <UnitKindForm unitId={unit.id} kind={unit.kind} />
          </Card>
          <Card title="重命名">
            <RenameUnitForm unitId={unit.id} name={unit.name} />
          </Card>
          <Card title="合并重复单位">
            <MergeIntoForm unitId={unit.id} name={unit.name} others={others} />
          </Card>
        </div>
      )}
      {groupView && <GroupSection groupId={unit.id} view={groupView} canEdit={manage} />}
    </>
  );
}
