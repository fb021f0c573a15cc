// Which tasks a dashboard counts: the tenant's, or "我负责的" — those naming a
// person linked to the signed-in account. Every dashboard query aliases tasks
// as `t` and appends this condition, so the restriction is written once.
import { Prisma } from "@/lib/generated/prisma/client";

export interface DashboardScope {
  tenantId: string;
  /** Set for "我负责的": only tasks whose leaders include a person linked to this user. */
  mineUserId: string | null;
}

/** `AND …` restricting tasks aliased `t` to the scope (empty for the whole tenant). */
export function mineCondition(scope: DashboardScope): Prisma.Sql {
  if (!scope.mineUserId) return Prisma.empty;
  return Prisma.sql`AND EXISTS (
    SELECT 1 FROM task_leaders mtl
    JOIN people mpe ON mpe.tenant_id = mtl.tenant_id AND mpe.id = mtl.person_id
    WHERE mtl.tenant_id = t.tenant_id AND mtl.task_id = t.id AND mpe.user_id = ${scope.mineUserId}::uuid)`;
}
