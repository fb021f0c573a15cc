// Imports indicator actuals from a ledger file into one plan. Every row is
// judged on its own and answered (accepted / refused / skipped with a Chinese
// reason); good rows are written even when others are refused, so a bureau
// fixes only the refused rows. A file that cannot be read as a ledger at all
// is refused before anything is written.
//
// Imported values are recorded as already approved (reviewState "approved",
// no report, enteredById = the importer): only bureau staff may import
// (actuals:import), and the values come from the bureau's own ledger, so a
// second review by the same bureau would be ceremony. The audit event names
// the file and every actual it created, so an import can be traced and undone.
import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { readLedgerSheet, type SheetRow } from "./read-sheet";

export const MAX_LEDGER_BYTES = 5 * 1024 * 1024;
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

export interface ImportSummary {
  fileName: string;
  accepted: number;
  refused: number;
  skipped: number;
  rows: ImportRowResult[];
}

interface Candidate {
  row: SheetRow;
  value: number;
  asOf: Date;
}

const isUuid = (s: string) => z.uuid().safeParse(s).success;

/** Checks that need no database: id shape, number, date. */
function precheck(row: SheetRow, today: Date): Candidate | { status: ImportRowStatus; reason: string } {
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

export async function importLedgerActuals(
  tx: Tx,
  session: TenantSession,
  input: { planId: string; fileName: string; bytes: Uint8Array },
): Promise<ImportSummary> {
  const tenantId = session.tenant.tenantId;
  const plan = await tx.plan.findFirst({ where: { id: input.planId, tenantId }, select: { id: true } });
  if (!plan) throw new NotFoundError("规划不存在或无权访问");
  const sheetRows = await readLedgerSheet(input.bytes);
  const today = todayInChina();
  const checked = sheetRows.map((row) => ({ row, check: precheck(row, today) }));
  const candidates = checked.flatMap((c) => ("value" in c.check ? [c.check] : []));

  const ids = [...new Set(candidates.map((c) => c.row.indicatorId))];
  // Scoped by tenant: another bureau's indicator id looks exactly like one that does not exist.
  const indicators = new Map(
    (await tx.indicator.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true, planId: true } })).map((i) => [i.id, i]),
  );
  const existing = await tx.indicatorActual.findMany({
    where: {
      tenantId,
      indicatorId: { in: ids },
      reviewState: "approved",
      asOf: { in: [...new Set(candidates.map((c) => c.asOf.getTime()))].map((t) => new Date(t)) },
    },
    select: { indicatorId: true, asOf: true, value: true },
  });
  const keyOf = (indicatorId: string, asOf: Date) => `${indicatorId}|${formatDate(asOf)}`;
  const existingValues = new Map(existing.map((a) => [keyOf(a.indicatorId, a.asOf), Number(a.value)]));

  const seen = new Map<string, number>();
  const accepted: Candidate[] = [];
  const results: ImportRowResult[] = checked.map(({ row, check }) => {
    const base = {
      row: row.row,
      indicatorId: row.indicatorId || null,
      indicator: indicators.get(row.indicatorId)?.name ?? row.indicatorName,
      value: null,
      asOf: null,
    };
    if (!("value" in check)) return { ...base, ...check };
    const described = { ...base, value: check.value, asOf: formatDate(check.asOf) };
    const indicator = indicators.get(row.indicatorId);
    if (!indicator) return { ...described, status: "refused", reason: "指标不存在或无权访问" };
    if (indicator.planId !== plan.id) return { ...described, status: "refused", reason: "该指标不属于本规划" };
    const key = keyOf(indicator.id, check.asOf);
    const earlier = seen.get(key);
    if (earlier !== undefined) return { ...described, status: "refused", reason: `与第 ${earlier} 行重复（同一指标、同一截至日期）` };
    seen.set(key, row.row);
    // Re-importing an unchanged ledger must not pile up copies of the values it was exported with.
    if (existingValues.get(key) === check.value) return { ...described, status: "skipped", reason: "与已有实际值相同，未重复记录" };
    accepted.push(check);
    return { ...described, status: "accepted", reason: "已记录" };
  });

  const periods = await tx.reportingPeriod.findMany({ where: { tenantId, planId: plan.id }, select: { id: true, startsOn: true, endsOn: true } });
  const periodOf = (d: Date) => periods.find((p) => p.startsOn <= d && d <= p.endsOn)?.id ?? null;
  const created = accepted.length
    ? await tx.indicatorActual.createManyAndReturn({
        data: accepted.map((c) => ({
          tenantId,
          indicatorId: c.row.indicatorId,
          reportId: null,
          periodId: periodOf(c.asOf),
          asOf: c.asOf,
          value: c.value,
          reviewState: "approved" as const,
          enteredById: session.userId,
        })),
        select: { id: true },
      })
    : [];
  const count = (status: ImportRowStatus) => results.filter((r) => r.status === status).length;
  const summary = { fileName: input.fileName, accepted: count("accepted"), refused: count("refused"), skipped: count("skipped"), rows: results };
  await recordAudit(tx, session, {
    action: "actuals.import",
    entityType: "plan",
    entityId: plan.id,
    after: { fileName: input.fileName, accepted: summary.accepted, refused: summary.refused, skipped: summary.skipped, actualIds: created.map((a) => a.id) },
  });
  return summary;
}
