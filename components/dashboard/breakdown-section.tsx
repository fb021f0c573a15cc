import type { TenantSession } from "@/lib/auth/session";
import { getBreakdownByLeadUnit } from "@/lib/dashboard/breakdown-by-lead-unit";
import { getBreakdownByLeader } from "@/lib/dashboard/breakdown-by-leader";
import { getBreakdownBySection } from "@/lib/dashboard/breakdown-by-section";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { readTenant } from "@/lib/db/tenant-scope";
import { NONE } from "@/lib/plans/display/task-list-href";
import { BreakdownTable } from "./breakdown-table";

/** Where are we behind, and whose is it: by section, by lead unit, by leader. */
export async function BreakdownSection({ session, scope }: { session: TenantSession; scope: DashboardScope }) {
  // One transaction, queries one after another (a transaction is one connection).
  const { sections, units, leaders } = await readTenant(session, async (tx) => {
    const sections = await getBreakdownBySection(tx, scope);
    const units = await getBreakdownByLeadUnit(tx, scope);
    const leaders = await getBreakdownByLeader(tx, scope);
    return { sections, units, leaders };
  });
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
