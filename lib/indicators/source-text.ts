// A counted value's source in words: who reported it, for which period, on
// which plan's task (or 台账导入 when it came from a ledger). Pure, so the
// review card and the report form (client components) use it too.
import type { ValueSource } from "./value-source-sql";

export function sourceText(source: Pick<ValueSource, "unitName" | "groupName" | "periodLabel" | "planTitle" | "taskNumber">): string {
  const where = source.taskNumber !== null ? `${source.planTitle} 任务 ${source.taskNumber}` : `${source.planTitle} 主要指标`;
  if (!source.unitName) return `台账导入 · ${where}`;
  const unit = source.groupName ? `${source.groupName}（${source.unitName}）` : source.unitName;
  return `${unit} · ${source.periodLabel ?? ""} · ${where}`;
}
