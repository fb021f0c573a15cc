// The drill-down's sections of one district (概览 / 任务 / 指标 / 单位), links
// that wrap on a phone; the current one is marked for screen readers too.
import Link from "@/components/ui/link";

const SECTIONS = [
  { key: "overview", label: "概览", path: "" },
  { key: "tasks", label: "任务", path: "/tasks" },
  { key: "indicators", label: "指标", path: "/indicators" },
  { key: "units", label: "单位报送", path: "/units" },
] as const;

export type DistrictSection = (typeof SECTIONS)[number]["key"];

export function DistrictNav({ code, current }: { code: string; current: DistrictSection }) {
  return (
    <nav aria-label="区县栏目" className="mb-4 flex flex-wrap gap-2 text-sm">
      {SECTIONS.map((s) => (
        <Link
          key={s.key}
          href={`/districts/${encodeURIComponent(code)}${s.path}`}
          aria-current={s.key === current ? "page" : undefined}
          className={`rounded-md border px-3 py-1.5 ${s.key === current ? "border-brand-600 bg-brand-50 font-medium text-brand-700" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
