// The tenant-wide task list's filter form: a plain GET form (works without
// JavaScript, the URL is the filter), and a line naming what is filtered.
import type { TaskListFacets } from "@/lib/plans/queries/task-list-facets";
import { type TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { NONE } from "@/lib/plans/display/task-list-href";
import { TASK_LIGHT_LABELS, TASK_LIGHTS, TASK_STATUS_LABELS, TASK_STATUSES } from "@/lib/vocabulary";
import { LabelOptions } from "@/components/ui/label-options";
import { FacetSelect, FILTER_SELECT, FilterButtons, KeywordInput } from "@/components/ui/filter-form";

export function TaskListFilters({ filter, facets }: { filter: TaskListFilter; facets: TaskListFacets }) {
  return (
    <form method="get" role="search" aria-label="筛选任务" className="mb-3 grid gap-2 sm:flex sm:flex-wrap sm:items-center">
      <KeywordInput value={filter.q} placeholder="按标题搜索" width="sm:w-48" />
      <select name="status" defaultValue={filter.status ?? ""} aria-label="状态" className={FILTER_SELECT}>
        <option value="">全部状态</option>
        <LabelOptions values={TASK_STATUSES} labels={TASK_STATUS_LABELS} />
      </select>
      <select name="light" defaultValue={filter.light ?? ""} aria-label="亮灯" className={FILTER_SELECT}>
        <option value="">全部亮灯</option>
        <LabelOptions values={TASK_LIGHTS} labels={TASK_LIGHT_LABELS} />
      </select>
      <FacetSelect name="plan" label="规划" value={filter.plan} allLabel="全部规划" options={facets.plans} />
      {facets.sections.length > 0 && <FacetSelect name="section" label="章节" value={filter.section} allLabel="全部章节" options={facets.sections} />}
      {facets.sections.length === 0 && filter.section && <input type="hidden" name="section" value={filter.section} />}
      <FacetSelect
        name="leader"
        label="责任领导"
        value={filter.leader}
        allLabel="全部责任领导"
        none={{ value: NONE, label: "未明确责任领导" }}
        options={facets.leaders}
      />
      <FacetSelect
        name="unit"
        label="单位"
        value={filter.unit}
        allLabel="全部单位"
        none={{ value: NONE, label: filter.role === "lead" ? "未明确主责单位" : "未明确单位" }}
        options={facets.units}
      />
      <label className="inline-flex min-h-10 items-center gap-1.5 text-sm text-slate-700">
        <input type="checkbox" name="role" value="lead" defaultChecked={filter.role === "lead"} />
        <span title="牵头单位；未写牵头单位的任务按责任单位">仅主责</span>
      </label>
      <label className="inline-flex min-h-10 items-center gap-1.5 text-sm text-slate-700">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />
        有逾期未报
      </label>
      {(facets.hasLinkedPerson || filter.mine) && (
        <label className="inline-flex min-h-10 items-center gap-1.5 text-sm text-slate-700">
          <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} />
          我负责的
        </label>
      )}
      <FilterButtons resetHref="/tasks" />
    </form>
  );
}

/** "状态：滞后 · 牵头单位：教育科 · …" — what the list is filtered by, in words. */
export function describeTaskFilter(filter: TaskListFilter, facets: TaskListFacets): string[] {
  const name = (list: { id: string; name: string }[], id: string | undefined) => list.find((x) => x.id === id)?.name ?? "（已删除）";
  const parts: string[] = [];
  if (filter.mine) parts.push("我负责的");
  if (filter.status) parts.push(`状态：${TASK_STATUS_LABELS[filter.status]}`);
  if (filter.plan) parts.push(`规划：${name(facets.plans, filter.plan)}`);
  if (filter.section) parts.push(`章节：${facets.section ? facets.section.name : "（已删除）"}`);
  if (filter.leader) parts.push(`责任领导：${filter.leader === NONE ? "未明确" : name(facets.leaders, filter.leader)}`);
  if (filter.unit) parts.push(`${filter.role === "lead" ? "主责单位" : "单位"}：${filter.unit === NONE ? "未明确" : name(facets.units, filter.unit)}`);
  if (filter.overdue) parts.push("有逾期未报");
  if (filter.light) parts.push(`亮灯：${TASK_LIGHT_LABELS[filter.light]}`);
  if (filter.q) parts.push(`关键词：${filter.q}`);
  return parts;
}
