// Saves a bureau's 督办 settings (one row per bureau, created on first save)
// and records the change, before and after, in the audit trail.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/tenant-scope";
import { getSupervisionSettings, type SupervisionSettingsValues } from "./settings";
import type { SupervisionSettingsInput } from "./settings-schema";

export async function saveSupervisionSettings(tx: Tx, session: TenantSession, input: SupervisionSettingsInput): Promise<SupervisionSettingsValues> {
  const tenantId = session.tenant.tenantId;
  const before = await getSupervisionSettings(tx, tenantId);
  const after = { dueSoonDays: input.dueSoonDays, ackDays: input.ackDays };
  await tx.supervisionSettings.upsert({ where: { tenantId }, create: { tenantId, ...after }, update: after });
  await recordAudit(tx, session, { action: "supervision.settings", entityType: "supervision_settings", entityId: tenantId, before: { ...before }, after });
  return after;
}
