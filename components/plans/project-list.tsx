import Link from "@/components/ui/link";
import { NumberedTitle } from "@/components/plans/numbered-title";
import type { PlanProjectView } from "@/lib/plans/queries/list-plan-projects";

/** 万元, as the annex tables state investments. */
const WAN = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** The plan's annex projects: name, content, investment, years, units, and the task citing them. */
export function ProjectList({ projects }: { projects: PlanProjectView[] }) {
  const total = projects.reduce((sum, p) => sum + (p.investmentWanYuan ?? 0), 0);
  return (
    <div className="space-y-2" data-testid="plan-projects">
      {total > 0 && <p className="text-sm text-slate-600">总投资合计 {WAN.format(total)} 万元</p>}
      <ul className="divide-y divide-slate-100 text-sm">
        {projects.map((p) => (
          <li key={p.id} className="space-y-1 py-2">
            <p className="font-medium break-words">{p.name}</p>
            {p.content && <p className="break-words text-slate-600">{p.content}</p>}
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
              {p.investment && <span>总投资 {p.investmentWanYuan !== null ? `${WAN.format(p.investmentWanYuan)} 万元` : p.investment}</span>}
              {p.years && <span>建设年限 {p.years}</span>}
              {p.units.length > 0 && <span>责任单位 {p.units.join("、")}</span>}
            </p>
            {p.task && (
              <p className="text-xs">
                <span className="text-slate-500">所属任务 </span>
                <Link href={`/tasks/${p.task.id}`} className="text-brand-700 hover:underline">
                  <NumberedTitle number={p.task.number} title={p.task.title} />
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
