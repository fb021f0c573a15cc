// The ledger's columns, shared by the writer and the importer: the importer
// finds its columns by these Chinese headers, so renaming one here is a
// format change for every ledger file already handed out.
import type { LedgerRow } from "./build-ledger";

export interface LedgerColumn {
  key: keyof LedgerRow;
  header: string;
  width: number;
  kind?: "number" | "percent" | "date";
}

export const LEDGER_SHEET = "工作台账";

export const HEADER = {
  plan: "所属规划",
  number: "序号",
  indicator: "指标",
  actual: "实际值",
  asOf: "截至日期",
  indicatorId: "指标ID",
} as const;

export const LEDGER_COLUMNS: LedgerColumn[] = [
  { key: "plan", header: HEADER.plan, width: 24 },
  { key: "number", header: HEADER.number, width: 6, kind: "number" },
  { key: "section", header: "所属部分", width: 22 },
  { key: "task", header: "任务", width: 34 },
  { key: "leaders", header: "责任领导", width: 14 },
  { key: "leadUnits", header: "牵头单位", width: 16 },
  { key: "cooperateUnits", header: "配合单位", width: 16 },
  { key: "responsibleUnits", header: "责任单位", width: 20 },
  { key: "groupReports", header: "群体单位填报", width: 26 },
  { key: "status", header: "状态", width: 8 },
  { key: "progress", header: "进展", width: 8, kind: "percent" },
  { key: "dueDate", header: "完成时限", width: 12, kind: "date" },
  { key: "light", header: "亮灯", width: 14 },
  { key: "latestReport", header: "最新报告", width: 40 },
  { key: "indicator", header: HEADER.indicator, width: 30 },
  { key: "target", header: "目标值", width: 18 },
  { key: "actual", header: HEADER.actual, width: 10, kind: "number" },
  { key: "actualAsOf", header: HEADER.asOf, width: 12, kind: "date" },
  // Last, so a user's edits to the readable columns never shift it; needed to import values back.
  { key: "indicatorId", header: HEADER.indicatorId, width: 38 },
];

/** The columns of one export: "所属规划" only where rows come from several plans. */
export function columnsFor(showPlan: boolean): LedgerColumn[] {
  return showPlan ? LEDGER_COLUMNS : LEDGER_COLUMNS.filter((c) => c.key !== "plan");
}

export const KNOWN_HEADERS: ReadonlySet<string> = new Set(LEDGER_COLUMNS.map((c) => c.header));
