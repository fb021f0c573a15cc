// A bureau admin asks for suggestions again, e.g. after the platform added a
// definition. Same rules as after an import: unmapped indicators only.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { applySuggestions } from "./apply-suggestions";

export async function refreshSuggestions(tx: Tx, session: TenantSession) {
  const result = await applySuggestions(tx, session.tenant.tenantId);
  if (result.suggested > 0) {
    await recordAudit(tx, session, { action: "indicator.mapping.suggest", entityType: "indicator", after: { ...result } });
  }
  return result;
}
