import Link from "next/link";
import type { SectionOption } from "@/lib/plans/display/section-helpers";

export interface TaskFilterValues {
  q?: string;
  leader?: string;
  unit?: string;
  section?: string;
}

const SELECT = "min-h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm sm:w-auto sm:max-w-56";

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
      <input
        type="search"
        name="q"
        defaultValue={values.q}
        placeholder="按关键词搜索任务"
        aria-label="关键词"
        className="min-h-10 min-w-0 rounded-md border border-slate-300 bg-white px-3 text-base sm:w-56 sm:text-sm"
      />
      <select name="leader" defaultValue={values.leader ?? ""} aria-label="责任领导" className={SELECT}>
        <option value="">全部责任领导</option>
        {leaders.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      <select name="unit" defaultValue={values.unit ?? ""} aria-label="责任单位" className={SELECT}>
        <option value="">全部单位</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <select name="section" defaultValue={values.section ?? ""} aria-label="章节" className={SELECT}>
        <option value="">全部章节</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <div className="flex gap-2">
        <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
          筛选
        </button>
        {active && (
          <Link href={resetHref} className="inline-flex min-h-10 items-center px-2 text-sm text-slate-500 hover:underline">
            清除
          </Link>
        )}
      </div>
    </form>
  );
}
