// Section 二 of the briefing: each indicator with a target, its baseline, the
// latest approved figure and the judgement against its straight path.
import { JudgementBadge } from "@/components/dashboard/judgement-badge";
import { countByJudgement } from "@/lib/dashboard/indicator-page";
import type { IndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { formatBaseline, formatDate, formatNumber, formatTarget, SUMMARY_DECIMALS } from "@/lib/format";
import { JUDGEMENT_LABELS, JUDGEMENTS } from "@/lib/vocabulary";
import { BriefingCell, BriefingRow, BriefingTable, BriefingTitleCell } from "./briefing-table";

const COLUMNS = [
  { label: "指标" },
  { label: "基线", nowrap: true },
  { label: "最新（已审核）", nowrap: true },
  { label: "目标", nowrap: true },
  { label: "判断", nowrap: true },
];

export function BriefingIndicators({ indicators }: { indicators: IndicatorProgress[] }) {
  const counts = countByJudgement(indicators);
  return (
    <section aria-labelledby="briefing-indicators" data-testid="briefing-indicators">
      <h2 id="briefing-indicators" className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-base font-semibold">
        <span>二、主要指标（{indicators.length}）</span>
        <span className="text-xs font-normal text-slate-600">{JUDGEMENTS.map((j) => `${JUDGEMENT_LABELS[j]} ${counts[j]}`).join(" · ")}</span>
      </h2>
      {indicators.length === 0 ? <p className="text-sm text-slate-500">本规划没有设定目标值的指标。</p> : <IndicatorTable indicators={indicators} />}
      <p className="mt-1 text-xs text-slate-500">只计审核通过的实际值；按基线到目标的直线进度判断，偏差在容差内为“正常”。</p>
    </section>
  );
}

function IndicatorTable({ indicators }: { indicators: IndicatorProgress[] }) {
  return (
    <BriefingTable columns={COLUMNS}>
      {indicators.map((item) => (
        <IndicatorRow key={item.id} item={item} />
      ))}
    </BriefingTable>
  );
}

function IndicatorRow({ item }: { item: IndicatorProgress }) {
  const unit = item.unit ?? "";
  return (
    <BriefingRow testId="brief-indicator">
      <BriefingTitleCell>
        <span className="break-words" data-testid="brief-indicator-name">
          {item.name}
        </span>
        {item.task && <span className="block text-xs font-normal text-slate-500">任务 {item.task.number}</span>}
      </BriefingTitleCell>
      <BriefingCell label="基线" className="tabular-nums">
        {formatBaseline(item.baselineValue, item.baselineYear, unit)}
      </BriefingCell>
      <BriefingCell label="最新（已审核）" className="tabular-nums">
        {item.latest ? `${formatNumber(item.latest.value, SUMMARY_DECIMALS)}${unit}（${formatDate(item.latest.asOf)}）` : "—"}
      </BriefingCell>
      <BriefingCell label="目标" className="tabular-nums">
        {formatTarget(item)}
        {item.targetYear ? `（${item.targetYear}年）` : ""}
      </BriefingCell>
      <BriefingCell label="判断">
        <JudgementBadge judgement={item.result.judgement} />
      </BriefingCell>
    </BriefingRow>
  );
}
