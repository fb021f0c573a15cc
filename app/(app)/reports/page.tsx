import Link from "@/components/ui/link";
import { z } from "zod";
import { CooperationList } from "@/components/reports/cooperation-list";
import { SlotFilterTabs, SLOT_FILTERS, type SlotFilterKey } from "@/components/reports/slot-filter-tabs";
import { SlotList } from "@/components/reports/slot-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager, SearchForm } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { listQuerySchema } from "@/lib/pagination";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { listCooperationCandidates } from "@/lib/reports/queries/cooperation-candidates";
import { listSlots } from "@/lib/reports/queries/list-slots";
import { isUnitBound } from "@/lib/reports/reporter-scope";
import { countSlots } from "@/lib/reports/queries/slot-counts";

export const metadata = { title: "填报任务" };

const querySchema = listQuerySchema.extend({
  status: z
    .enum(SLOT_FILTERS.map((f) => f.key) as [SlotFilterKey, ...SlotFilterKey[]])
    .catch("todo")
    .default("todo"),
  planId: z.uuid().optional().catch(undefined),
});

const EMPTY_TEXT: Record<SlotFilterKey, string> = {
  todo: "没有待填报的任务",
  overdue: "没有逾期未报的任务",
  submitted: "没有等待审核的报告",
  returned: "没有被退回的报告",
  approved: "还没有审核通过的报告",
  all: "暂无填报任务：教育局开启填报期后，这里会列出本期需要填报的任务",
};

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("reports:read");
  const query = querySchema.parse(await searchParams);
  const isReporter = isUnitBound(session);
  const header = (
    <PageHeader
      title="填报任务"
      description={isReporter ? "本单位需要报送进展的任务" : "各单位的进展填报情况"}
      actions={
        can(session.role, "periods:manage") ? (
          <Link href="/reports/periods" className="text-sm text-brand-700 hover:underline">
            填报期管理
          </Link>
        ) : undefined
      }
    />
  );
  if (isReporter && !session.tenant.orgUnitId) {
    return (
      <>
        {header}
        <EmptyState>您的账号尚未绑定单位，请联系本局管理员。</EmptyState>
      </>
    );
  }
  const status = query.status === "all" ? undefined : query.status;
  const { page, counts, cooperation } = await readTenant(session, async (tx) => ({
    page: await listSlots(tx, session, { q: query.q, status, planId: query.planId, page: query.page }),
    counts: await countSlots(tx, session, { q: query.q, planId: query.planId }),
    cooperation: isReporter ? await listCooperationCandidates(tx, session) : [],
  }));
  return (
    <>
      {header}
      <SlotFilterTabs active={query.status} counts={counts} q={query.q} />
      <SearchForm q={query.q} placeholder={isReporter ? "按任务标题搜索" : "按任务标题或单位搜索"}>
        <input type="hidden" name="status" value={query.status} />
      </SearchForm>
      {page.items.length === 0 ? (
        <EmptyState>{query.q ? "没有符合条件的填报任务" : EMPTY_TEXT[query.status]}</EmptyState>
      ) : (
        <SlotList items={page.items} today={todayInChina()} showUnit={!isReporter} />
      )}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{ q: query.q, status: query.status, planId: query.planId }} />
      {cooperation.length > 0 && (
        <section aria-labelledby="cooperation-heading" className="mt-8">
          <h2 id="cooperation-heading" className="text-lg font-semibold">
            配合任务
          </h2>
          <p className="mb-3 text-sm text-slate-500">本单位是以下任务的配合单位。如有配合工作需要报送，可添加本单位的配合填报。</p>
          <CooperationList
            items={cooperation.map((c) => ({
              taskId: c.taskId,
              number: c.number,
              title: c.title,
              plan: c.plan,
              period: { id: c.period.id, label: c.period.label, dueOn: formatDate(c.period.dueOn) },
            }))}
          />
        </section>
      )}
    </>
  );
}
