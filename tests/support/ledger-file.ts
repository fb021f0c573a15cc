// A ledger as the export writes it, of any length, without a database: for
// tests that need the largest file a bureau may send back.
import { randomUUID } from "node:crypto";
import type { Ledger, LedgerRow } from "@/lib/ledger/build-ledger";

export function ledgerOfRows(count: number): Ledger {
  const rows: LedgerRow[] = Array.from({ length: count }, (_, i) => ({
    taskId: randomUUID(),
    continuation: false,
    plan: "银川市金凤区2022年教育工作要点",
    number: i + 1,
    section: "一、坚持党的全面领导",
    task: `第${i + 1}项：推进集团化办学改革，扩大优质教育资源覆盖面`,
    leaders: "王明、李华",
    leadUnits: "基础教育科",
    cooperateUnits: "区财政局、区人社局",
    responsibleUnits: "各中小学校",
    groupReports: "各中小学校：已报 12/40（2025年6月）",
    status: "办理中",
    progress: 50,
    dueDate: new Date(Date.UTC(2025, 11, 31)),
    light: "黄灯（进度滞后）",
    latestReport: `2025-06 已召开推进会${i % 7}次，完成阶段性工作，形成经验材料并报送。`,
    indicator: "普惠性幼儿园覆盖率",
    target: "≥95%",
    actual: 90 + (i % 10),
    actualAsOf: new Date(Date.UTC(2025, 5, 30)),
    indicatorId: randomUUID(),
  }));
  return { title: "银川市金凤区2022年教育工作要点", showPlan: false, taskCount: count, rows };
}
