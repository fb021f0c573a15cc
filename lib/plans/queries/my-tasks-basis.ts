// What "我负责的" means for the caller, from the permission table: the tasks
// naming the person linked to the account (a leader), the tasks of the unit a
// member is bound to (a unit reporter), or nothing (roles that answer for no
// task directly).
import { can } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import { isUnitBound } from "@/lib/reports/reporter-scope";

export type MyTasksBasis = "person" | "unit" | null;

export function myTasksBasis(session: TenantSession): MyTasksBasis {
  if (!can(session.role, "tasks:mine")) return null;
  return isUnitBound(session) ? "unit" : "person";
}
