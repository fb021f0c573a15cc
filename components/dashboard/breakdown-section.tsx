import type { Breakdowns } from "@/lib/dashboard/home-reads";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { NONE } from "@/lib/plans/display/task-list-href";
import { BreakdownTable } from "./breakdown-table";

/** Where are we behind, and whose is it: by section, by lead unit, by leader. */
export async function BreakdownSection({ scope, breakdowns }: { scope: DashboardScope; breakdowns: Promise<Breakdowns> }) {
  const { sections, units, leaders } = await breakdowns;
  const mine = Boolean(scope.mineUserId);
  return (
    <div className="space-y-4">
      <BreakdownTable
        title="按责任领导"
        groupLabel="责任领导"
        rows={leaders.map((r) => ({ ...r, link: { leader: r.id ?? NONE } }))}
        mine={mine}
        testId="breakdown-leaders"
        note="一项任务有多位领导时分别计入"
      />
      <BreakdownTable
        title="按主责单位"
        groupLabel="主责单位"
        rows={units.map((r) => ({ ...r, link: { unit: r.id ?? NONE, role: "lead" } }))}
        mine={mine}
        testId="breakdown-units"
        note="牵头单位；未写牵头单位的任务按责任单位计。一项任务有多个时分别计入"
      />
      <BreakdownTable
        title="按规划章节"
        groupLabel="章节"
        rows={sections.map((r) => ({ ...r, link: { section: r.id ?? undefined, plan: r.plan?.id } }))}
        mine={mine}
        testId="breakdown-sections"
      />
    </div>
  );
}
