import Link from "@/components/ui/link";
import { deltaTone, formatDelta } from "@/lib/format";

const TONE = { good: "text-green-700", bad: "text-red-700", neutral: "text-slate-500" } as const;

/** A headline figure that links to the list behind it, with its change since the quarter began. */
export function DeltaStat({
  label,
  value,
  sub,
  href,
  delta,
  deltaUnit,
  good,
  alert,
  testId,
}: {
  label: string;
  value: string | number;
  sub?: string;
  href: string;
  delta: number;
  deltaUnit?: string;
  good: "up" | "down" | "neutral";
  /** Draws attention (red figure) when the news is bad. */
  alert?: boolean;
  testId: string;
}) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className={`block min-w-0 rounded-xl border bg-white p-4 shadow-sm hover:border-brand-600 ${alert ? "border-red-200" : "border-slate-200"}`}
    >
      <p className="text-sm text-slate-500">{label}</p>
      <p className={`mt-1 text-2xl font-semibold tabular-nums ${alert ? "text-red-700" : ""}`} data-testid={`${testId}-value`}>
        {value}
      </p>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-xs">
        <span className={`tabular-nums ${TONE[deltaTone(delta, good)]}`} title="较本季度初" data-testid={`${testId}-delta`}>
          {formatDelta(delta, deltaUnit)}
        </span>
        {sub && <span className="text-slate-500">{sub}</span>}
      </p>
    </Link>
  );
}
