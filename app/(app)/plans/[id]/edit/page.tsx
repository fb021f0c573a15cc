import Link from "@/components/ui/link";
import { AddSectionForm } from "@/components/plans/editing/add-section-form";
import { DeletePlanForm } from "@/components/plans/editing/delete-plan-form";
import { IndicatorEditor } from "@/components/plans/editing/indicator-editor";
import { PlanForm } from "@/components/plans/editing/plan-form";
import { SectionHeader, SectionTools } from "@/components/plans/editing/section-controls";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { toIndicatorValues } from "@/lib/plans/editing/indicator-values";
import { countPlanReports } from "@/lib/plans/queries/count-plan-reports";
import { getPlanTree, type SectionNode } from "@/lib/plans/queries/get-plan";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { formatPeriod } from "@/lib/format";

export const metadata = { title: "编辑规划" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("plans:manage");
  const id = idOr404((await params).id);
  const tenantId = session.tenant.tenantId;
  const { tree, reportCount } = await orNotFound(
    readTenant(session, async (tx) => {
      const tree = await getPlanTree(tx, tenantId, id);
      return { tree, reportCount: await countPlanReports(tx, tenantId, tree.plan.id) };
    }),
  );
  const { plan } = tree;
  return (
    <>
      <PageHeader
        title={`编辑：${plan.title}`}
        description={`${formatPeriod(plan.startYear, plan.endYear)} · ${tree.totalTaskCount} 项任务`}
        back={{ href: `/plans/${plan.id}`, label: "返回规划" }}
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title="部分与任务">
          {tree.sections.length === 0 ? (
            <EmptyState>还没有任何部分。先添加一个部分（如“一、全面加强党的建设”），再在其中添加任务。</EmptyState>
          ) : (
            <SectionList planId={plan.id} nodes={tree.sections} />
          )}
          <div className="mt-4 border-t border-slate-100 pt-4">
            <AddSectionForm planId={plan.id} />
          </div>
        </Card>
        <div className="space-y-6">
          <Card title="规划信息">
            <PlanForm
              plan={{
                id: plan.id,
                title: plan.title,
                kind: plan.kind,
                startYear: plan.startYear,
                endYear: plan.endYear,
                documentNumber: plan.documentNumber,
                reportingFrequency: plan.reportingFrequency,
              }}
            />
          </Card>
          <Card title="规划指标">
            <IndicatorEditor planId={plan.id} indicators={tree.indicators.map(toIndicatorValues)} />
          </Card>
          <Card title="删除规划">
            <DeletePlanForm planId={plan.id} taskCount={tree.totalTaskCount} reportCount={reportCount} />
          </Card>
        </div>
      </div>
    </>
  );
}

function SectionList({ planId, nodes }: { planId: string; nodes: SectionNode[] }) {
  return (
    <ol className="space-y-3">
      {nodes.map((node, i) => (
        <li key={node.id} className="rounded-lg border border-slate-200 p-3">
          <SectionHeader section={{ id: node.id, title: node.title }} canUp={i > 0} canDown={i < nodes.length - 1} />
          {node.tasks.length > 0 && (
            <ul className="mt-2 divide-y divide-slate-100 border-t border-slate-100">
              {node.tasks.map((t) => (
                <li key={t.id} className="flex items-start justify-between gap-3 py-2 text-sm">
                  <span className="min-w-0 break-words">
                    <span className="mr-1 text-slate-500 tabular-nums">{t.number}.</span>
                    {t.title}
                  </span>
                  <Link href={`/tasks/${t.id}/edit`} className="shrink-0 text-brand-700">
                    编辑
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <SectionTools planId={planId} section={{ id: node.id, title: node.title }} />
          {node.sections.length > 0 && (
            <div className="mt-3 border-l-2 border-slate-100 pl-2 sm:pl-3">
              <SectionList planId={planId} nodes={node.sections} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
