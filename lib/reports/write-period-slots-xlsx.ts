// A period's slots as .xlsx, as its page lists them (same sort and state filter), every row.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { writeTableXlsx } from "@/lib/files/table-xlsx";
import { formatDate, formatDateTime } from "@/lib/format";
import { slotUnitLabel } from "@/lib/org/unit-label";
import { getPeriod, listPeriodSlots, PERIOD_EXPORT_ROWS, PERIOD_SLOT_STATE_LABELS, type PeriodSlotQuery } from "./queries/period-slots";
import { isUnsubmittedSlot } from "./slot-status";

const COLUMNS = [
  { header: "单位", width: 30 },
  { header: "任务序号", width: 10 },
  { header: "任务", width: 48 },
  { header: "状态", width: 10 },
  { header: "截止日期", width: 12 },
  { header: "提交时间", width: 20 },
  { header: "最近催办", width: 20 },
] as const;

export async function writePeriodSlotsXlsx(tx: Tx, tenantId: string, periodId: string, query: PeriodSlotQuery, today: Date) {
  const period = await getPeriod(tx, tenantId, periodId);
  const slots = await listPeriodSlots(tx, tenantId, period.id, { ...query, page: 1 }, today, PERIOD_EXPORT_ROWS);
  const body = await writeTableXlsx(
    period.label,
    COLUMNS,
    slots.items.map((s) => [
      slotUnitLabel(s.orgUnit.name, s.groupUnit?.name),
      s.task.number,
      s.task.title,
      isUnsubmittedSlot(s.status) && s.dueOn < today ? PERIOD_SLOT_STATE_LABELS.overdue : PERIOD_SLOT_STATE_LABELS[s.status],
      formatDate(s.dueOn),
      s.report?.submittedAt ? formatDateTime(s.report.submittedAt) : "",
      s.lastUrgedAt ? formatDateTime(s.lastUrgedAt) : "",
    ]),
  );
  return { body, fileName: `${period.plan.title}-${period.label}-填报情况.xlsx` };
}
