// Does the unit a ledger cell shows agree with its indicator's? "90%" (a
// percent-formatted cell, or text with %) into a 个 indicator is the slip the
// issue names: imported as an approved 90 it would count as 90 个. Pure.
import { formatValue } from "@/lib/format/number";
import { normaliseUnit, unitKind } from "@/lib/indicators/unit-kind";
import { LEDGER_UNIT_MESSAGES as M } from "@/lib/vocabulary/plausibility";

/** null when the units agree (or the cell or the indicator names none); else why the row is refused. */
export function unitDisagreement(indicatorUnit: string | null, written: string | undefined, value: number): string | null {
  const unit = normaliseUnit(indicatorUnit);
  if (!written || unit === "") return null;
  const cell = normaliseUnit(written);
  if (cell === unit) return null;
  const cellKind = unitKind(cell);
  // %, ％ and 百分比 are one unit written three ways.
  if ((cellKind === "percent" || cellKind === "permille") && cellKind === unitKind(unit)) return null;
  if (cellKind === "percent" || cellKind === "permille") return M.percentIntoOther(formatValue(value, cell), unit);
  return M.unitMismatch(cell, unit);
}
