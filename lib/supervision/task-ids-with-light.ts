// The ids of a bureau's tasks that show one light, judged in SQL (light-sql.ts):
// lists add them to their where, so totals and pages count only those tasks.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskLight } from "@/lib/vocabulary";
import { taskLightSql } from "./light-sql";

export async function taskIdsWithLight(tx: Tx, tenantId: string, light: TaskLight, today: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT t.id::text AS id FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    WHERE t.tenant_id = ${tenantId}::uuid AND ${taskLightSql(today)} = ${light}`;
  return rows.map((r) => r.id);
}
