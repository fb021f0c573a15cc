// Demo 督办单: for the demo reporter's unit, one slip already answered and one
// awaiting its reply, on the first task that names the unit, so the slip list,
// a slip in its official layout and the reply form have something to show.
// Deterministic for a given `today`; written with the activity (and only once,
// like it). No inbox notices: the demo inboxes keep the counts they had.
import type { Tx } from "@/lib/db/tenant-scope";
import type { SupervisionStep } from "@/lib/supervision/record-event";
import { defaultSlipBody } from "@/lib/supervision/slips/default-body";
import { DEMO_PREFIX } from "@/lib/simulation/profiles";
import type { Actors } from "./demo-activity-plan";

const DAY_MS = 86_400_000;
/** A Beijing working hour (10:00 = 02:00 UTC) on the day `offset` days from `today`. */
const at = (today: Date, offset: number) => new Date(today.getTime() + offset * DAY_MS + 2 * 3600_000);

export async function seedDemoSlips(tx: Tx, tenantId: string, today: Date, actors: Actors): Promise<number> {
  const [unitId, reporterId] = [...actors.reporterByUnit.entries()].sort(([a], [b]) => a.localeCompare(b))[0] ?? [];
  if (!unitId || !reporterId) return 0;
  const link = await tx.taskUnit.findFirst({
    where: { tenantId, orgUnitId: unitId },
    orderBy: [{ task: { plan: { title: "asc" } } }, { task: { position: "asc" } }],
    include: { orgUnit: { select: { name: true } }, task: { select: { id: true, number: true, title: true, dueDate: true, progress: true } } },
  });
  if (!link) return 0;
  const year = today.getUTCFullYear();
  const body = (level: "red" | "blue") =>
    `${DEMO_PREFIX}${defaultSlipBody({ unitName: link.orgUnit.name, taskNumber: link.task.number, taskTitle: link.task.title, dueDate: link.task.dueDate, progress: link.task.progress, expectedProgress: null, level })}`;
  const base = { tenantId, taskId: link.task.id, orgUnitId: unitId, year, issuedById: actors.staff };
  const answered = await tx.supervisionSlip.create({
    data: {
      ...base,
      number: 1,
      level: "red",
      body: body("red"),
      issuedAt: at(today, -10),
      replyBy: new Date(today.getTime() - 7 * DAY_MS),
      reply: `${DEMO_PREFIX}已召开专题推进会，明确责任人和时间节点，计划本月底前完成。`,
      repliedById: reporterId,
      repliedAt: at(today, -8),
    },
  });
  const awaiting = await tx.supervisionSlip.create({
    data: { ...base, number: 2, level: "blue", body: body("blue"), issuedAt: at(today, -1), replyBy: new Date(today.getTime() + 2 * DAY_MS) },
  });
  const step = (kind: SupervisionStep["kind"], slipId: string, actorUserId: string, createdAt: Date, number: number) => ({
    tenantId,
    taskId: link.task.id,
    orgUnitId: unitId,
    kind,
    slipId,
    actorUserId,
    createdAt,
    note: `督办〔${year}〕${number}号`,
  });
  await tx.supervisionEvent.createMany({
    data: [
      step("slip_issued", answered.id, actors.staff, answered.issuedAt, 1),
      step("slip_replied", answered.id, reporterId, answered.repliedAt!, 1),
      step("slip_issued", awaiting.id, actors.staff, awaiting.issuedAt, 2),
    ],
  });
  return 2;
}
