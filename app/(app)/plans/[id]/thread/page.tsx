// A plan's five-year thread (decision 0036). A five-year plan: each task and
// indicator with, year by year, the annual tasks that worked on it. An annual
// plan: its tasks' links to the five-year plan (suggestions to confirm or
// remove, links by hand) and 结转 into next year.
import Link from "@/components/ui/link";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { AnnualThread } from "@/components/thread/annual-thread";
import { FiveYearThread } from "@/components/thread/five-year-thread";
import { AddLinkForm, CarryOverButton, SuggestButton } from "@/components/thread/thread-forms";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatPeriod } from "@/lib/format";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { firstParam, listQuerySchema } from "@/lib/pagination";
import { getCarryOverState } from "@/lib/plans/carry-over-state";
import { listAnnualThread } from "@/lib/thread/list-annual-thread";
import { listFiveYearItems } from "@/lib/thread/list-five-year-items";
import { listFiveYearThread } from "@/lib/thread/list-five-year-thread";
import { listPlanTaskOptions } from "@/lib/thread/list-plan-task-options";
import { loadThreadPlan } from "@/lib/thread/load-plan";

export const metadata = { title: "五年规划衔接" };

type Plan = Awaited<ReturnType<typeof loadThreadPlan>>;

export default async function PlanThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const { page } = listQuerySchema.parse({ page: firstParam((await searchParams).page) });
  const plan = await orNotFound(readTenant(session, (tx) => loadThreadPlan(tx, session.tenant.tenantId, id)));
  return (
    <>
      <PlanBreadcrumb plan={plan} className="mb-2" />
      {plan.kind === "five_year" ? <FiveYearPage session={session} plan={plan} page={page} /> : <AnnualPage session={session} plan={plan} page={page} />}
    </>
  );
}

async function FiveYearPage({ session, plan, page }: { session: TenantSession; plan: Plan; page: number }) {
  const items = await readTenant(session, (tx) => listFiveYearThread(tx, session.tenant.tenantId, plan.id, page));
  return (
    <>
      <PageHeader title="年度推进情况" description={`${plan.title} · ${formatPeriod(plan.startYear, plan.endYear)} · 各年度计划中已确认关联的任务`} />
      <FiveYearThread items={items} plan={plan} />
    </>
  );
}

async function AnnualPage({ session, plan, page }: { session: TenantSession; plan: Plan; page: number }) {
  const tenantId = session.tenant.tenantId;
  const canLink = can(session.role, "plans:link");
  const canCarry = can(session.role, "plans:carry-over") && plan.startYear === plan.endYear;
  const { tasks, taskOptions, targets, carry } = await readTenant(session, async (tx) => ({
    tasks: await listAnnualThread(tx, tenantId, plan.id, page),
    taskOptions: canLink ? await listPlanTaskOptions(tx, tenantId, plan.id) : [],
    targets: canLink ? await listFiveYearItems(tx, tenantId, plan) : [],
    carry: await getCarryOverState(tx, tenantId, plan.id),
  }));
  return (
    <>
      <PageHeader title="对接五年规划" description={`${plan.title} · 每项任务推进五年规划的哪项任务或指标`} />
      <div className="space-y-6">
        {canLink && (
          <Card title="关联建议">
            <p className="mb-3 text-sm text-slate-600">
              按共同的指标口径和相近的表述，为每项任务建议它推进的五年规划任务或指标，确认后才算关联。已移除的建议不会再次出现。
            </p>
            {targets.length === 0 ? (
              <p className="text-sm text-slate-500">本局还没有覆盖{formatPeriod(plan.startYear, plan.endYear)}的五年规划</p>
            ) : (
              <SuggestButton planId={plan.id} />
            )}
          </Card>
        )}
        <AnnualThread tasks={tasks} canLink={canLink} />
        {canLink && targets.length > 0 && taskOptions.length > 0 && (
          <Card title="手工关联">
            <AddLinkForm tasks={taskOptions} targets={targets} />
          </Card>
        )}
        <CarryOverCard plan={plan} carry={carry} canCarry={canCarry} />
      </div>
    </>
  );
}

function CarryOverCard({ plan, carry, canCarry }: { plan: Plan; carry: Awaited<ReturnType<typeof getCarryOverState>>; canCarry: boolean }) {
  if (carry.into) {
    return (
      <Card title="结转">
        <p className="text-sm" data-testid="carried-into">
          已结转到{" "}
          <Link href={`/plans/${carry.into.id}`} className="text-brand-700 hover:underline">
            {carry.into.title}
          </Link>
        </p>
      </Card>
    );
  }
  if (!canCarry) return null;
  return (
    <Card title="结转">
      <p className="mb-3 text-sm text-slate-600">
        把本计划未完成的 {carry.unfinished} 项任务（连同所属部分、工作举措、责任领导、责任单位、任务指标和已确认的五年规划关联）复制为{plan.startYear + 1}
        年的新计划，每项新任务注明接续自哪项任务；状态从“未启动”重新开始，已过期的完成时限需重新设定。
      </p>
      {carry.unfinished > 0 ? (
        <CarryOverButton planId={plan.id} nextYear={plan.startYear + 1} count={carry.unfinished} />
      ) : (
        <p className="text-sm text-slate-500">本计划的任务都已完成，没有需要结转的任务</p>
      )}
    </Card>
  );
}
