import { ExportLinks } from "@/components/ledger/export-links";
import { ImportActualsForm } from "@/components/ledger/import-actuals-form";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { parsePlanFilter } from "@/lib/plans/display/plan-filter";
import { getPlanHeading } from "@/lib/plans/queries/get-plan-heading";
import { isUnitBound } from "@/lib/reports/reporter-scope";

type SearchParams = Record<string, string | string[] | undefined>;

export const metadata = { title: "工作台账" };

export default async function PlanLedgerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const raw = await searchParams;
  const filter = parsePlanFilter(raw);
  const plan = await orNotFound(readTenant(session, (tx) => getPlanHeading(tx, session.tenant.tenantId, id)));
  const canImport = can(session.role, "actuals:import");
  return (
    <>
      <PlanBreadcrumb plan={plan} className="mb-2" />
      <PageHeader title="工作台账" description={plan.title} />
      <div className="space-y-6">
        <Card title="导出">
          <p className="mb-3 text-sm text-slate-600">
            每项任务一行，含责任领导、责任单位、状态、进展、最新报告和任务中的指标；一项任务有多个指标时，其余指标列在该任务下方的续行中（序号相同）。实际值只包括已审核通过的数据。
          </p>
          {isUnitBound(session) && (
            <p className="mb-3 text-sm text-slate-600" data-testid="ledger-reporter-scope">
              “最新报告”列含本单位的报告；其他单位的报告审核通过后才会列出。
            </p>
          )}
          <ExportLinks planId={plan.id} filter={{ leaderId: filter.leader, unitId: filter.unit, sectionId: filter.section, q: filter.q }} />
        </Card>
        {canImport && (
          <Card title="导入实际值">
            <ul className="mb-4 list-disc space-y-1 pl-5 text-sm text-slate-600">
              <li>先导出台账，在“实际值”列填写数字（可带 % 或千分位逗号），不要修改“指标ID”列。</li>
              <li>可在“截至日期”列填写该数值对应的日期（如 2022-06-30）；不填则记为今天。</li>
              <li>逐行检查：有问题的行不导入并说明原因，其余行照常导入；与已有实际值相同的行自动跳过。</li>
              <li>导入的实际值由教育局录入，直接计为已审核通过。</li>
            </ul>
            <ImportActualsForm planId={plan.id} />
          </Card>
        )}
      </div>
    </>
  );
}
