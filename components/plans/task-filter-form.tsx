import { FacetSelect, FilterButtons, KeywordInput } from "@/components/ui/filter-form";
import type { SectionOption } from "@/lib/plans/display/section-helpers";

export interface TaskFilterValues {
  q?: string;
  leader?: string;
  unit?: string;
  section?: string;
}

/** Plain GET form: the filter lives in the URL and works without JavaScript. */
export function TaskFilterForm({
  values,
  leaders,
  units,
  sections,
  resetHref,
}: {
  values: TaskFilterValues;
  leaders: { id: string; name: string }[];
  units: { id: string; name: string }[];
  sections: SectionOption[];
  resetHref: string;
}) {
  const active = Boolean(values.q || values.leader || values.unit || values.section);
  return (
    <form method="get" role="search" aria-label="筛选任务" className="mb-4 grid gap-2 sm:flex sm:flex-wrap sm:items-center">
      <KeywordInput value={values.q} placeholder="按关键词搜索任务" width="sm:w-56" />
      <FacetSelect name="leader" label="责任领导" value={values.leader} allLabel="全部责任领导" options={leaders} />
      <FacetSelect name="unit" label="责任单位" value={values.unit} allLabel="全部单位" options={units} />
      <FacetSelect name="section" label="章节" value={values.section} allLabel="全部章节" options={sections.map((s) => ({ id: s.id, name: s.label }))} />
      <FilterButtons resetHref={resetHref} showReset={active} />
    </form>
  );
}
