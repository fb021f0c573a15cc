// Which 督办单 a caller may see and answer: bureau roles every unit's, a unit
// reporter only its own unit's (another unit's slip is answered like a missing one).
import type { TenantSession } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { slotScopeFor } from "@/lib/reports/reporter-scope";

export function slipScopeFor(session: TenantSession): Prisma.SupervisionSlipWhereInput {
  return { tenantId: session.tenant.tenantId, ...slotScopeFor(session) };
}
