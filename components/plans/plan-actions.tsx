// The plan page's buttons: 工作台账 and 简报 for every reader, 填报期 and 编辑
// for the roles that manage them.
import Link from "@/components/ui/link";

const ACTION_LINK = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

export function PlanActions({ planId, canManagePeriods, canEdit }: { planId: string; canManagePeriods: boolean; canEdit: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`/plans/${planId}/ledger`} className={ACTION_LINK}>
        工作台账
      </Link>
      <Link href={`/plans/${planId}/briefing`} className={ACTION_LINK}>
        简报
      </Link>
      <Link href={`/plans/${planId}/bulletin`} className={ACTION_LINK}>
        通报
      </Link>
      {canManagePeriods && (
        <Link href="/reports/periods" className={ACTION_LINK}>
          填报期
        </Link>
      )}
      {canEdit && (
        <Link href={`/plans/${planId}/edit`} className={ACTION_LINK}>
          编辑
        </Link>
      )}
    </div>
  );
}
