// Daily: a task that has turned red (past due, not done) is told to the
// reporters of its lead and responsible units, once per due date. The task
// remembers which due date it was told of (tasks.overdue_notified_for), so a
// second run sends nothing and an approved extension is told anew once the
// new date passes too. Red is judged by the one SQL rule (light-sql.ts).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format";
import { notifyUnitsReporters, type UnitMessage } from "@/lib/inbox/notify";
import { todayInChina } from "@/lib/reports/periods";
import { taskLightSql } from "@/lib/supervision/light-sql";
import { forEachBureau } from "./tenant-loop";

interface RedTask {
  id: string;
  number: number;
  title: string;
  dueDate: Date;
}

/** Returns the messages sent across all bureaus. */
export async function notifyDeadlineLights(client: PrismaClient, today = todayInChina()): Promise<number> {
  const sent = await forEachBureau(client, (tx, tenantId) => notifyBureau(tx, tenantId, today));
  return sent.reduce((n, c) => n + c, 0);
}

async function notifyBureau(tx: Tx, tenantId: string, today: Date): Promise<number> {
  const tasks = await claimUntoldRedTasks(tx, tenantId, today);
  if (tasks.length === 0) return 0;
  const units = await tx.taskUnit.findMany({
    where: { tenantId, taskId: { in: tasks.map((t) => t.id) }, role: { in: ["lead", "responsible"] } },
    select: { taskId: true, orgUnitId: true },
  });
  return notifyUnitsReporters(
    tx,
    tenantId,
    tasks.flatMap((t) => units.filter((u) => u.taskId === t.id).map(({ orgUnitId }) => ({ orgUnitId, message: overdueMessage(t) }))),
  );
}

/**
 * Marks the untold red tasks told and returns them, in one statement: a run
 * that overlaps this one waits on the rows and then finds them told, so a task
 * is never told twice. (Rolled back with the notices if sending fails.)
 */
async function claimUntoldRedTasks(tx: Tx, tenantId: string, today: Date): Promise<RedTask[]> {
  return tx.$queryRaw<RedTask[]>`
    UPDATE tasks t SET overdue_notified_for = t.due_date
    FROM plans p
    WHERE p.tenant_id = t.tenant_id AND p.id = t.plan_id
      AND t.tenant_id = ${tenantId}::uuid AND ${taskLightSql(today)} = 'red'
      AND t.overdue_notified_for IS DISTINCT FROM t.due_date
    RETURNING t.id::text AS id, t.number, t.title, t.due_date AS "dueDate"`;
}

function overdueMessage(t: RedTask): UnitMessage {
  const due = formatDate(t.dueDate);
  return {
    kind: "overdue",
    title: `任务已逾期：任务 ${t.number}`,
    body: `${t.title}\n完成时限 ${due} 已过，尚未办结。请尽快办理并报送进展，确需延期的请提交延期申请。`,
    link: `/tasks/${t.id}`,
    key: `overdue:${t.id}:${due}`,
  };
}
