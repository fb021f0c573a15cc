// The plan page's way into its thread (decision 0036): a five-year plan's
// annual progress per item, or an annual plan's links to the five-year plan and 结转.
import Link from "@/components/ui/link";
import type { PlanKind } from "@/lib/generated/prisma/enums";

export function PlanThreadLink({ planId, kind }: { planId: string; kind: PlanKind }) {
  return (
    <p className="mb-4 text-sm">
      <Link href={`/plans/${planId}/thread`} className="text-brand-700 hover:underline" data-testid="plan-thread-link">
        {kind === "five_year" ? "年度推进情况：各年度任务对本规划的落实 →" : "对接五年规划与结转 →"}
      </Link>
    </p>
  );
}
