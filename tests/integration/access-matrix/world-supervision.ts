// The 督办 fixtures of one side (entries/supervision.ts): tasks the
// reporter's unit leads, in the states each action needs.
import type { ownerDb } from "@/tests/support/db";

type Db = ReturnType<typeof ownerDb>;

export interface SupervisionFixture {
  /** Linked to the reporter's unit (lead) and the cooperating unit, nothing assigned. */
  assignTask: string;
  /** Assigned to the reporter's unit, not acknowledged. */
  ackTask: string;
  /** Due far ahead: an extension may be asked. */
  extensionTask: string;
  closingTask: string;
  /** A pending extension request of the reporter's unit. */
  pendingRequest: string;
  unitId: string;
}

export async function supervisionFixtures(
  db: Db,
  at: { tenantId: string; planId: string; sectionId: string; position: number; reporterUnitId: string; cooperateUnitId: string },
): Promise<SupervisionFixture> {
  const { tenantId, planId, sectionId, reporterUnitId } = at;
  const farAhead = new Date("2099-06-30");
  let n = 0;
  const task = async (title: string, assignedAt: Date | null = null) => {
    n++;
    const created = await db.task.create({
      data: { tenantId, planId, sectionId, number: 980 + n, position: at.position + 20 + n, title: `【矩阵】${title}`, dueDate: farAhead },
    });
    await db.taskUnit.create({ data: { tenantId, taskId: created.id, orgUnitId: reporterUnitId, role: "lead", assignedAt } });
    return created.id;
  };
  const assignTask = await task("待交办任务");
  await db.taskUnit.create({ data: { tenantId, taskId: assignTask, orgUnitId: at.cooperateUnitId, role: "cooperate" } });
  const decideTask = await task("待审批延期的任务", new Date());
  const pending = await db.supervisionRequest.create({
    data: {
      tenantId,
      taskId: decideTask,
      orgUnitId: reporterUnitId,
      kind: "extension",
      reason: "【矩阵】延期",
      requestedDueDate: new Date("2099-12-31"),
      originalDueDate: farAhead,
    },
  });
  return {
    assignTask,
    ackTask: await task("待签收任务", new Date()),
    extensionTask: await task("可申请延期的任务", new Date()),
    closingTask: await task("可申请销号的任务", new Date()),
    pendingRequest: pending.id,
    unitId: reporterUnitId,
  };
}
