// The verdict on each row of an imported ledger, once the database has said
// which indicators exist and which values are already recorded. Pure: every
// rule a bureau sees in the result table is here and unit-tested.
import { z } from "zod";
import { formatDate } from "@/lib/format";
import { plausibilityOf, type PlausibilityIndicator } from "@/lib/indicators/plausibility";
import { LEDGER_UNIT_MESSAGES } from "@/lib/vocabulary/plausibility";
import type { SheetRow } from "./read-sheet";
import { unitDisagreement } from "./unit-agreement";

/** Larger values are typing accidents (and overflow the numeric column). */
const MAX_ABS_VALUE = 1e13;

export type ImportRowStatus = "accepted" | "refused" | "skipped";

export interface ImportRowResult {
  row: number;
  indicatorId: string | null;
  indicator: string;
  value: number | null;
  asOf: string | null;
  status: ImportRowStatus;
  reason: string;
}

/** A row that passed the checks needing no database. */
export interface Candidate {
  row: SheetRow;
  value: number;
  asOf: Date;
}

export type Prechecked = Candidate | { status: ImportRowStatus; reason: string };

const isUuid = (s: string) => z.uuid().safeParse(s).success;

export const isCandidate = (check: Prechecked): check is Candidate => "value" in check;

/** Checks that need no database: id shape, number, date. */
export function precheck(row: SheetRow, today: Date): Prechecked {
  if (row.value.kind === "empty") return { status: "skipped", reason: "未填写实际值" };
  if (!row.indicatorId) return { status: "refused", reason: "缺少指标ID：请勿删除或修改“指标ID”列" };
  if (!isUuid(row.indicatorId)) return { status: "refused", reason: "指标ID格式不正确" };
  if (row.value.kind === "invalid") return { status: "refused", reason: `实际值不是数字：“${row.value.text.slice(0, 30)}”` };
  if (Math.abs(row.value.value) >= MAX_ABS_VALUE) return { status: "refused", reason: "实际值过大" };
  if (row.asOf.kind === "invalid") return { status: "refused", reason: `截至日期无法识别：“${row.asOf.text.slice(0, 30)}”，请填写如 2022-06-30` };
  const asOf = row.asOf.kind === "ok" ? row.asOf.value : today;
  if (asOf.getTime() > today.getTime()) return { status: "refused", reason: "截至日期不能晚于今天" };
  return { row, value: row.value.value, asOf };
}

/** One value per indicator and 截至日期: the key of duplicates and of values already recorded. */
export const actualKey = (indicatorId: string, asOf: Date) => `${indicatorId}|${formatDate(asOf)}`;

export interface KnownFacts {
  planId: string;
  /** The tenant's indicators among the rows' ids (another bureau's id is simply absent), with the numbers the plausibility rule reads. */
  indicators: ReadonlyMap<string, { id: string; name: string; planId: string } & PlausibilityIndicator>;
  /** Approved values already recorded, by actualKey. */
  existing: ReadonlyMap<string, number>;
}

/** Every row answered in file order, and the candidates to write. */
export function judgeRows(checked: { row: SheetRow; check: Prechecked }[], facts: KnownFacts): { results: ImportRowResult[]; accepted: Candidate[] } {
  const seen = new Map<string, number>();
  const accepted: Candidate[] = [];
  const results = checked.map(({ row, check }): ImportRowResult => {
    const indicator = facts.indicators.get(row.indicatorId);
    const base = { row: row.row, indicatorId: row.indicatorId || null, indicator: indicator?.name ?? row.indicatorName, value: null, asOf: null };
    if (!isCandidate(check)) return { ...base, ...check };
    const described = { ...base, value: check.value, asOf: formatDate(check.asOf) };
    if (!indicator) return { ...described, status: "refused", reason: "指标不存在或无权访问" };
    if (indicator.planId !== facts.planId) return { ...described, status: "refused", reason: "该指标不属于本规划" };
    const written = row.value.kind === "ok" ? row.value.unit : undefined;
    const unitReason = unitDisagreement(indicator.unit, written, check.value);
    if (unitReason) return { ...described, status: "refused", reason: unitReason };
    // Nobody is there to confirm an implausible value during an import (decision 0027): the row waits for a person.
    const implausible = plausibilityOf(indicator, check.value);
    if (implausible) return { ...described, status: "refused", reason: LEDGER_UNIT_MESSAGES.implausible(implausible) };
    const key = actualKey(indicator.id, check.asOf);
    const earlier = seen.get(key);
    if (earlier !== undefined) return { ...described, status: "refused", reason: `与第 ${earlier} 行重复（同一指标、同一截至日期）` };
    seen.set(key, row.row);
    // Re-importing an unchanged ledger must not pile up copies of the values it was exported with.
    if (facts.existing.get(key) === check.value) return { ...described, status: "skipped", reason: "与已有实际值相同，未重复记录" };
    accepted.push(check);
    return { ...described, status: "accepted", reason: "已记录" };
  });
  return { results, accepted };
}
