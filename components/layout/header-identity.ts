// Who is signed in and for what, as the header says it: the tenant, the
// person, their role and, for a unit-bound member, the unit they report for.
// Many bureau accounts are named after their post (金凤区教育局工作人员), so
// the role is left out when the name already says it: no word twice.
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/vocabulary";

export interface HeaderIdentity {
  /** The tenant's name, or 平台 for a platform admin without one. */
  tenant: string;
  name: string;
  role: string | null;
  unit: string | null;
}

export function headerIdentity(input: { tenantName: string | null; displayName: string; role: Role | null; unitName: string | null }): HeaderIdentity {
  const roleLabel = input.role ? ROLE_LABELS[input.role] : null;
  return {
    tenant: input.tenantName ?? "平台",
    name: input.displayName,
    role: roleLabel && !input.displayName.includes(roleLabel) ? roleLabel : null,
    unit: input.unitName,
  };
}
