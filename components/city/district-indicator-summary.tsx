// A district's indicators counted by judgement, each count opening the
// district's indicator list filtered to it (滞后 N 项 → its lagging indicators).
import Link from "@/components/ui/link";
import { JUDGEMENT_LABELS, type Judgement } from "@/lib/vocabulary";

const SHOWN: Judgement[] = ["behind", "on-track", "ahead", "no-data"];
const TONE: Record<Judgement, string> = {
  behind: "text-red-700",
  "on-track": "text-brand-700",
  ahead: "text-green-700",
  "no-data": "text-slate-600",
};

export function DistrictIndicatorSummary({ code, total, byJudgement }: { code: string; total: number; byJudgement: Record<Judgement, number> }) {
  if (total === 0) return <p className="text-sm text-slate-500">暂无有目标值的指标</p>;
  return (
    <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="district-judgements">
      {SHOWN.map((j) => (
        <li key={j}>
          <Link
            href={`/districts/${encodeURIComponent(code)}/indicators?judgement=${j}`}
            className="block rounded-lg border border-slate-200 px-3 py-2 hover:border-brand-600"
            data-testid={`judgement-${j}`}
          >
            <span className={TONE[j]}>{JUDGEMENT_LABELS[j]}</span>
            <span className="ml-2 font-semibold text-slate-900 tabular-nums">{byJudgement[j]} 项</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
