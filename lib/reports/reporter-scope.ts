import type { TenantSession } from "@/lib/auth/session";

/** A UUID no row has: a reporter without a unit sees no slots rather than all of them. */
const NO_UNIT = "00000000-0000-0000-0000-000000000000";

/** The slot filter for the caller: a unit reporter sees their unit's slots only; bureau roles see all. */
export function slotScopeFor(session: TenantSession): { orgUnitId?: string } {
  return session.role === "unit_reporter" ? { orgUnitId: session.tenant.orgUnitId ?? NO_UNIT } : {};
}
