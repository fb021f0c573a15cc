// 规划 / <plan title>: the way back from a plan's sub-pages (ledger, briefing).
import Link from "@/components/ui/link";

export function PlanBreadcrumb({ plan, className }: { plan: { id: string; title: string }; className?: string }) {
  return (
    <nav className={`${className ? `${className} ` : ""}text-sm text-slate-500`} aria-label="面包屑">
      <Link href="/plans" className="hover:underline">
        规划
      </Link>
      {" / "}
      <Link href={`/plans/${plan.id}`} className="hover:underline">
        {plan.title}
      </Link>
    </nav>
  );
}
