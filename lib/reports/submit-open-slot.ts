// The deadline rush's submission in ONE statement: the slot locked (as every
// writer locks it, load-slot.ts) and, when it is still open, the report
// inserted as submitted with its submit event (the audit trail) and the slot
// moved on. bench/: 50 reporters at once, most submitting a report they never
// saved as a draft, without actuals. Anything else (a draft or returned
// report, a retry of the same key, actuals to check) comes back as "not
// inserted" and takes the general path, which reads the report.
import "server-only";
import { v7 as uuidv7 } from "uuid";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { lockSlotSql } from "./load-slot";

export interface OpenSlotSubmission {
  summary: string;
  progress: number;
  problems: string;
  nextSteps: string;
  submitKey: string;
}

/** The new report, or null when the slot was not open (nothing written). A slot the caller may not reach is a NotFoundError. */
export async function submitOpenSlot(
  tx: Tx,
  session: TenantSession,
  slotId: string,
  input: OpenSlotSubmission,
): Promise<{ id: string; version: number } | null> {
  const tenantId = session.tenant.tenantId;
  const rows = await tx.$queryRaw<{ reportId: string | null; version: number | null }[]>`
    WITH sl AS (${lockSlotSql(session, slotId)}),
    report AS (
      INSERT INTO reports (id, tenant_id, slot_id, status, summary, progress, problems, next_steps, version, author_user_id, submit_key, submitted_at, created_at, updated_at)
      SELECT ${uuidv7()}::uuid, ${tenantId}::uuid, sl.id::uuid, 'submitted', ${input.summary}, ${input.progress}, ${input.problems}, ${input.nextSteps},
        1, ${session.userId}::uuid, ${input.submitKey}, now(), now(), now()
      FROM sl WHERE sl.status = 'open'
      RETURNING id, slot_id, version
    ), event AS (
      INSERT INTO report_events (id, tenant_id, report_id, actor_user_id, action, to_status, created_at)
      SELECT ${uuidv7()}::uuid, ${tenantId}::uuid, report.id, ${session.userId}::uuid, 'submit', 'submitted', now() FROM report
    ), slot AS (
      UPDATE report_slots SET status = 'submitted', updated_at = now() WHERE tenant_id = ${tenantId}::uuid AND id = (SELECT slot_id FROM report)
    )
    SELECT (SELECT id::text FROM report) AS "reportId", (SELECT version FROM report) AS version FROM sl`;
  const row = rows[0];
  if (!row) throw new NotFoundError("填报任务不存在或无权访问");
  return row.reportId === null ? null : { id: row.reportId, version: row.version! };
}
