// A district's tasks (read-only), red first, then yellow: the list behind the
// city home's and the overview's task figures (?light= / ?status= / ?plan=).
import Link from "@/components/ui/link";
import { DistrictNav } from "@/components/city/district-nav";
import { DistrictTaskRows } from "@/components/city/district-task-rows";
import { PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { districtTasksHref, parseDistrictTaskFilter } from "@/lib/city/district-task-filter";
import { listDistrictTasks } from "@/lib/city/list-district-tasks";
import { withChildTenant } from "@/lib/db/tenant-scope";
import { orNotFound } from "@/lib/http/not-found";
import { todayInChina } from "@/lib/reports/periods";
import { TASK_LIGHT_LABELS, TASK_STATUS_LABELS, type TaskLight } from "@/lib/vocabulary";

const LIGHT_FILTERS: (TaskLight | undefined)[] = [undefined, "red", "yellow", "green"];

export default async function DistrictTasksPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("children:read");
  const { code } = await params;
  const filter = parseDistrictTaskFilter(await searchParams);
  const { district, tasks } = await orNotFound(
    withChildTenant(session, code, async (tx, district) => ({ district, tasks: await listDistrictTasks(tx, district.id, filter, todayInChina()) })),
  );
  const planTitle = filter.plan ? tasks.items[0]?.plan.title : undefined;
  const heading = [
    filter.light && TASK_LIGHT_LABELS[filter.light],
    filter.status && TASK_STATUS_LABELS[filter.status],
    planTitle ?? (filter.plan ? "所选规划" : undefined),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <PageHeader
        title={`${district.name} · 任务`}
        description={heading ? `筛选：${heading}` : "红灯、黄灯在前"}
        back={{ href: `/districts/${encodeURIComponent(code)}`, label: "区县概览" }}
      />
      <DistrictNav code={code} current="tasks" />
      <nav aria-label="按亮灯筛选" className="mb-4 flex flex-wrap gap-2 text-sm">
        {LIGHT_FILTERS.map((light) => (
          <Link
            key={light ?? "all"}
            href={districtTasksHref(code, { light, status: filter.status, plan: filter.plan })}
            aria-current={filter.light === light ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 ${filter.light === light ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700"}`}
          >
            {light ? TASK_LIGHT_LABELS[light] : "全部"}
          </Link>
        ))}
      </nav>
      <DistrictTaskRows code={code} tasks={tasks.items} empty="没有符合条件的任务" />
      <Pager page={tasks.page} pageCount={tasks.pageCount} total={tasks.total} params={{ light: filter.light, status: filter.status, plan: filter.plan }} />
    </>
  );
}
