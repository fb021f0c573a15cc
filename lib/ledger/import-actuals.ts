// Imports indicator actuals from a ledger file into one plan. Every row is
// judged on its own and answered (accepted / refused / skipped with a Chinese
// reason); good rows are written even when others are refused, so a bureau
// fixes only the refused rows. A value whose unit disagrees with the
// indicator's, or one the plausibility rule flags, is refused for its row
// (decision 0027: nobody is there to confirm it). A file that cannot be read as a ledger at all
// is refused before anything is written.
//
// Imported values are recorded as already approved (reviewState "approved",
// no report, enteredById = the importer): only bureau staff may import
// (actuals:import), and the values come from the bureau's own ledger, so a
// second review by the same bureau would be ceremony. The audit event names
// the file and every actual it created, so an import can be traced and undone.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { plausibilityNumbers } from "@/lib/indicators/plausibility";
import { todayInChina } from "@/lib/reports/periods";
import { actualKey, isCandidate, judgeRows, precheck, type Candidate, type ImportRowResult, type ImportRowStatus } from "./judge-rows";
import { readLedgerSheet } from "./read-sheet";

export type { ImportRowResult, ImportRowStatus } from "./judge-rows";

export const MAX_LEDGER_BYTES = 5 * 1024 * 1024;

export interface ImportSummary {
  fileName: string;
  accepted: number;
  refused: number;
  skipped: number;
  rows: ImportRowResult[];
}

/** The tenant's indicators among the candidates' ids, and the approved values already recorded on their dates. */
async function loadKnownFacts(tx: Tx, tenantId: string, candidates: Candidate[]) {
  const ids = [...new Set(candidates.map((c) => c.row.indicatorId))];
  // Scoped by tenant: another bureau's indicator id looks exactly like one that does not exist.
  const rows = await tx.indicator.findMany({
    where: { tenantId, id: { in: ids } },
    select: { id: true, name: true, planId: true, unit: true, comparator: true, baselineValue: true, targetValue: true, targetMax: true },
  });
  const indicators = rows.map((i) => ({ id: i.id, name: i.name, planId: i.planId, ...plausibilityNumbers(i) }));
  const existing = await tx.indicatorActual.findMany({
    where: {
      tenantId,
      indicatorId: { in: ids },
      reviewState: "approved",
      asOf: { in: [...new Set(candidates.map((c) => c.asOf.getTime()))].map((t) => new Date(t)) },
    },
    select: { indicatorId: true, asOf: true, value: true },
  });
  return {
    indicators: new Map(indicators.map((i) => [i.id, i])),
    existing: new Map(existing.map((a) => [actualKey(a.indicatorId, a.asOf), Number(a.value)])),
  };
}

/** Writes the accepted values as approved actuals, each in the reporting period its date falls in. */
async function writeActuals(tx: Tx, session: TenantSession, planId: string, accepted: Candidate[]): Promise<{ id: string }[]> {
  if (accepted.length === 0) return [];
  const tenantId = session.tenant.tenantId;
  const periods = await tx.reportingPeriod.findMany({ where: { tenantId, planId }, select: { id: true, startsOn: true, endsOn: true } });
  const periodOf = (d: Date) => periods.find((p) => p.startsOn <= d && d <= p.endsOn)?.id ?? null;
  return tx.indicatorActual.createManyAndReturn({
    data: accepted.map((c) => ({
      tenantId,
      indicatorId: c.row.indicatorId,
      reportId: null,
      periodId: periodOf(c.asOf),
      asOf: c.asOf,
      value: c.value,
      reviewState: "approved" as const,
      approvedAt: new Date(),
      enteredById: session.userId,
    })),
    select: { id: true },
  });
}

export async function importLedgerActuals(
  tx: Tx,
  session: TenantSession,
  input: { planId: string; fileName: string; bytes: Uint8Array },
): Promise<ImportSummary> {
  const tenantId = session.tenant.tenantId;
  const plan = await tx.plan.findFirst({ where: { id: input.planId, tenantId }, select: { id: true } });
  if (!plan) throw new NotFoundError("规划不存在或无权访问");
  const today = todayInChina();
  const checked = (await readLedgerSheet(input.bytes)).map((row) => ({ row, check: precheck(row, today) }));
  const facts = await loadKnownFacts(
    tx,
    tenantId,
    checked.flatMap((c) => (isCandidate(c.check) ? [c.check] : [])),
  );
  const { results, accepted } = judgeRows(checked, { planId: plan.id, ...facts });
  const created = await writeActuals(tx, session, plan.id, accepted);
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
