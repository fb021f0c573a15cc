// Demo 督办: a few of each bureau's tasks assigned (交办) some days ago, some
// of them acknowledged (签收), one pending extension and one pending closing
// request, so the 督办 panel, 待签收 and the request lists have something to
// show. DEMO DATA, deterministic for a given database and `today`; written
// directly (no notices: the demo inboxes stay as the activity left them).
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actors } from "./demo-activity-plan";

const DAY_MS = 86_400_000;
/** Tasks assigned per bureau, the oldest first; every other one acknowledged. */
const ASSIGNED = 8;

export async function seedDemoSupervision(tx: Tx, tenantId: string, today: Date, actors: Actors): Promise<void> {
  const reporterUnits = [...actors.reporterByUnit.keys()];
  // The demo reporter's unit first, so signing in as the reporter shows 待签收.
  const links = await tx.taskUnit.findMany({
    where: { tenantId, role: { in: ["lead", "responsible"] }, task: { status: { not: "completed" } } },
    select: { taskId: true, orgUnitId: true, role: true, task: { select: { number: true, position: true, dueDate: true, planId: true } } },
    orderBy: [{ task: { planId: "asc" } }, { task: { position: "asc" } }, { orgUnitId: "asc" }],
  });
  const byTask = new Map<string, (typeof links)[number]>();
  for (const l of [...links.filter((l) => reporterUnits.includes(l.orgUnitId)), ...links]) if (!byTask.has(l.taskId)) byTask.set(l.taskId, l);
  const chosen = [...byTask.values()].slice(0, ASSIGNED);
  if (chosen.length === 0) return;
  const at = (daysAgo: number, hour = 9) => new Date(today.getTime() - daysAgo * DAY_MS + (hour - 8) * 3_600_000);
  const events: Prisma.SupervisionEventCreateManyInput[] = [];
  for (const [i, link] of chosen.entries()) {
    const assignedAt = at(ASSIGNED - i + 2);
    const acknowledged = i % 2 === 1;
    const who = actors.reporterByUnit.get(link.orgUnitId) ?? actors.staff;
    const acknowledgedAt = acknowledged ? new Date(assignedAt.getTime() + DAY_MS) : null;
    await tx.taskUnit.updateMany({
      where: { tenantId, taskId: link.taskId, orgUnitId: link.orgUnitId },
      data: { assignedAt, acknowledgedAt, acknowledgedById: acknowledged ? who : null },
    });
    events.push({ tenantId, taskId: link.taskId, orgUnitId: link.orgUnitId, kind: "assigned", actorUserId: actors.staff, createdAt: assignedAt });
    if (acknowledgedAt)
      events.push({ tenantId, taskId: link.taskId, orgUnitId: link.orgUnitId, kind: "acknowledged", actorUserId: who, createdAt: acknowledgedAt });
  }
  const acknowledged = chosen.filter((_, i) => i % 2 === 1);
  const extension = acknowledged.find((l) => l.task.dueDate && l.task.dueDate.getTime() > today.getTime());
  const closing = acknowledged.find((l) => l !== extension && l.role === "lead") ?? acknowledged.find((l) => l !== extension);
  const request = async (link: (typeof chosen)[number], kind: "extension" | "closing", reason: string, createdAt: Date) => {
    const requestedById = actors.reporterByUnit.get(link.orgUnitId) ?? actors.staff;
    const due = link.task.dueDate;
    const row = await tx.supervisionRequest.create({
      data: {
        tenantId,
        taskId: link.taskId,
        orgUnitId: link.orgUnitId,
        kind,
        reason,
        requestedById,
        createdAt,
        ...(kind === "extension" && due ? { originalDueDate: due, requestedDueDate: new Date(due.getTime() + 90 * DAY_MS) } : {}),
      },
    });
    events.push({
      tenantId,
      taskId: link.taskId,
      orgUnitId: link.orgUnitId,
      kind: `${kind}_requested`,
      actorUserId: requestedById,
      note: reason,
      requestId: row.id,
      createdAt,
    });
  };
  if (extension) await request(extension, "extension", "（演示）配套资金尚未到位，申请顺延三个月完成", at(1, 10));
  if (closing) await request(closing, "closing", "（演示）各项工作已按方案完成，已组织验收，申请办结销号", at(1, 15));
  await tx.supervisionEvent.createMany({ data: events });
}
