// 全部 · 红灯 · 黄灯 · 绿灯 · 持续/无时限 as links that keep the list's other
// parameters: a light filter for lists whose form has no room for a select.
import Link from "@/components/ui/link";
import { TASK_LIGHT_LABELS, TASK_LIGHTS, type TaskLight } from "@/lib/vocabulary";

export function LightFilterLinks({ path, current, params }: { path: string; current?: TaskLight; params: Record<string, string | undefined> }) {
  const href = (light?: TaskLight) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, light })) if (v) search.set(k, v);
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  };
  const item = (light: TaskLight | undefined, label: string) => (
    <Link
      key={light ?? "all"}
      href={href(light)}
      aria-current={current === light ? "page" : undefined}
      className={`rounded px-2 py-1 ${current === light ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600 hover:underline"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="按亮灯筛选" className="mb-3 flex flex-wrap gap-1 text-sm" data-testid="light-filter">
      {item(undefined, "全部")}
      {TASK_LIGHTS.map((l) => item(l, TASK_LIGHT_LABELS[l]))}
    </nav>
  );
}
