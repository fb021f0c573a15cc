// The district comparison as .xlsx, ranked as the page ranks it: one row per
// district with its 名次, completion, on-time reporting, lights, and for every
// compared indicator its latest counted value, target and judgement. Shares
// are written as numbers in percent (50 for half) so the sheet sorts by them.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { writeTableXlsx, type TableCell, type TableColumn } from "@/lib/files/table-xlsx";
import { formatDate, formatTarget, formatValue } from "@/lib/format";
import { COMPARATOR_FROM_API, JUDGEMENT_LABELS, TASK_LIGHT_LABELS } from "@/lib/vocabulary";
import type { DistrictComparison } from "./compare-indicator";
import { getDistrictComparison } from "./get-district-comparison";
import { COMPLETION_LABEL, ON_TIME_LABEL, RANK_LABEL, comparisonFileName } from "./messages";

const FIXED: TableColumn[] = [
  { header: RANK_LABEL, width: 6 },
  { header: "区县", width: 20 },
  { header: `${COMPLETION_LABEL}（%）`, width: 14 },
  { header: "已完成/任务数", width: 14 },
  { header: `${ON_TIME_LABEL}（%）`, width: 14 },
  { header: "按时/应报", width: 12 },
  { header: TASK_LIGHT_LABELS.red, width: 8 },
  { header: TASK_LIGHT_LABELS.yellow, width: 8 },
];

const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

function indicatorCells(d: DistrictComparison, unit: string | null): TableCell[] {
  const target = d.target ? formatTarget({ comparator: COMPARATOR_FROM_API[d.target.comparator], targetValue: d.target.value, unit }) : "";
  const latest = d.latest ? `${formatValue(d.latest.value, unit)}（${d.latest.period}）` : "";
  return [latest, d.target?.year ? `${target}（${d.target.year}年）` : target, JUDGEMENT_LABELS[d.status]];
}

export async function writeComparisonXlsx(session: TenantSession, rawSort: string | undefined): Promise<{ body: Buffer; fileName: string }> {
  const table = await getDistrictComparison(session, rawSort);
  const label = table.sortLabel;
  const columns = [
    ...FIXED,
    ...table.indicators.flatMap((i) => [
      { header: `${i.name} 最新值`, width: 18 },
      { header: `${i.name} 目标`, width: 14 },
      { header: `${i.name} 判断`, width: 10 },
    ]),
  ];
  const rows = table.standings.map((s): TableCell[] => [
    s.rank,
    s.tenant.name,
    percent(s.share),
    `${s.completed}/${s.total}`,
    percent(s.onTimeShare),
    `${s.onTime}/${s.slots}`,
    s.red,
    s.yellow,
    ...s.indicators.flatMap((d, i) => indicatorCells(d, table.indicators[i]!.unit)),
  ]);
  const body = await writeTableXlsx(`按${label}`.slice(0, 31), columns, rows);
  return { body, fileName: comparisonFileName(label, formatDate(table.today)) };
}
