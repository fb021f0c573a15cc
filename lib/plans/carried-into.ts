import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** The plan this plan's tasks were carried into (结转), if any: what a second carry-over is refused with. */
export async function findCarriedInto(tx: Tx, tenantId: string, planId: string): Promise<{ id: string; title: string } | null> {
  const [row] = await tx.$queryRaw<{ id: string; title: string }[]>`
    SELECT p.id, p.title
    FROM tasks s
    JOIN tasks c ON c.tenant_id = s.tenant_id AND c.carried_from_task_id = s.id
    JOIN plans p ON p.tenant_id = c.tenant_id AND p.id = c.plan_id
    WHERE s.tenant_id = ${tenantId}::uuid AND s.plan_id = ${planId}::uuid
    ORDER BY p.created_at
    LIMIT 1`;
  return row ?? null;
}
