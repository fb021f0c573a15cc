import Link from "@/components/ui/link";
import { PlanActions } from "@/components/plans/plan-actions";
import { PublishPanel } from "@/components/public/publish-panel";
import { PlanThreadLink } from "@/components/thread/plan-thread-link";
import { AssignPlanButton } from "@/components/supervision/supervision-forms";
import { IndicatorTable } from "@/components/plans/indicator-table";
import { PlanTextDetails } from "@/components/plans/plan-text-details";
import { SectionTree } from "@/components/plans/section-tree";
import { PlanLightLinks } from "@/components/supervision/plan-light-links";
import { TaskFilterForm } from "@/components/plans/task-filter-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { formatPeriod } from "@/lib/format";
import { readPlanText } from "@/lib/plans/display/plan-text";
import { pruneEmpty, sectionOptions, taskIdsOf } from "@/lib/plans/display/section-helpers";
import { listTaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";
import { listPlanProjects } from "@/lib/plans/queries/list-plan-projects";
import { ProjectList } from "@/components/plans/project-list";
import { getPlanFacets, getPlanTree } from "@/lib/plans/queries/get-plan";
import { parsePlanFilter } from "@/lib/plans/display/plan-filter";
import { FREQUENCY_LABELS, PLAN_KIND_LABELS } from "@/lib/vocabulary";

type SearchParams = Record<string, string | string[] | undefined>;

export const metadata = { title: "规划详情" };

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const raw = await searchParams;
  const filter = parsePlanFilter(raw);
  const tenantId = session.tenant.tenantId;
  const { tree, facets, rollups, projects } = await orNotFound(
    readTenant(session, async (tx) => {
      const tree = await getPlanTree(tx, tenantId, id, { q: filter.q, leaderId: filter.leader, unitId: filter.unit, sectionId: filter.section });
      const rollups = await listTaskGroupRollups(tx, session, taskIdsOf(tree.sections));
      const projects = await listPlanProjects(tx, tenantId, tree.plan.id);
      return { tree, facets: await getPlanFacets(tx, tenantId, tree.plan.id), rollups, projects };
    }),
  );
  const { plan } = tree;
  const filtered = Boolean(filter.q || filter.leader || filter.unit || filter.section);
  const sections = filtered ? pruneEmpty(tree.sections) : tree.sections;
  const text = readPlanText(plan.planText);
  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="面包屑">
        <Link href="/plans" className="hover:underline">
          规划
        </Link>
      </nav>
      <PageHeader
        title={plan.title}
        description={[
          PLAN_KIND_LABELS[plan.kind as keyof typeof PLAN_KIND_LABELS] ?? "",
          formatPeriod(plan.startYear, plan.endYear),
          `${FREQUENCY_LABELS[plan.reportingFrequency]}填报`,
          plan.documentNumber ? `文号 ${plan.documentNumber}` : null,
          text.issuer,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={<PlanActions planId={plan.id} canManagePeriods={can(session.role, "periods:manage")} canEdit={can(session.role, "plans:manage")} />}
      />
      {can(session.role, "supervision:manage") && (
        <div className="mb-4">
          <AssignPlanButton planId={plan.id} />
        </div>
      )}
      {can(session.role, "plans:publish") && <PublishPanel session={session} planId={plan.id} />}
      <PlanThreadLink planId={plan.id} kind={plan.kind} />
      <div className="space-y-6">
        {tree.indicators.length > 0 && (
          <Card title={`主要指标（${tree.indicators.length}）`}>
            <IndicatorTable indicators={tree.indicators} />
          </Card>
        )}
        <section aria-labelledby="tasks-heading">
          <h2 id="tasks-heading" className="mb-3 text-lg font-semibold">
            重点任务
          </h2>
          <TaskFilterForm
            values={filter}
            leaders={facets.leaders}
            units={facets.units}
            sections={sectionOptions(tree.sections)}
            resetHref={`/plans/${plan.id}`}
          />
          <PlanLightLinks session={session} planId={plan.id} />
          <p className="mb-3 text-sm text-slate-600" data-testid="task-count">
            共 {tree.totalTaskCount} 项任务{filtered ? `，筛选出 ${tree.taskCount} 项` : ""}
          </p>
          {sections.length === 0 ? (
            <EmptyState>{filtered ? "没有符合筛选条件的任务" : "这份规划还没有任务"}</EmptyState>
          ) : (
            <SectionTree sections={sections} rollups={rollups} />
          )}
        </section>
        {projects.length > 0 && (
          <Card title={`重点项目（${projects.length}）`}>
            <ProjectList projects={projects} />
          </Card>
        )}
        <PlanTextDetails text={text} />
      </div>
    </>
  );
}
