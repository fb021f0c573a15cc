import type { SlotRollup } from "@/lib/reports/slot-status";

/** 已报 n / m，逾期 k: how far a group's schools are with one period's reports. */
export function RollupText({ rollup }: { rollup: SlotRollup }) {
  return (
    <span className="text-xs whitespace-nowrap text-slate-600" data-testid="group-rollup">
      已报 {rollup.reported} / {rollup.total}
      {rollup.overdue > 0 ? <span className="text-red-700">，逾期 {rollup.overdue}</span> : null}
    </span>
  );
}
