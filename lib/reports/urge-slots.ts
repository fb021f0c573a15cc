// 催办 of report slots, whoever presses it: the task page (one task's units)
// or a period's 一键催办 (every late unit of the period). One rule for both:
// only slots nobody has submitted, each at most once a day, so a nervous
// click or both buttons on one morning do not flood anyone. The reporters of
// each unit hear at once; units with nobody to receive it are named back to
// the person who pressed, rather than counted as reached. Each task urged is
// a 催办 step in its 督办 history.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyUnitsReporters } from "@/lib/inbox/notify";
import { isoDay } from "@/lib/dashboard/dates";
import { recordSupervisionEvents } from "@/lib/supervision/record-event";
import { UNSUBMITTED_SLOT_STATUSES } from "./slot-status";

/** A slot is urged at most once in this span. */
const URGE_INTERVAL_MS = 24 * 3600_000;

export interface UrgeResult {
  /** Units whose reporters received it. */
  unitsReached: number;
  /** Messages sent (one per reporter and slot). */
  people: number;
  tasks: number;
  /** Units urged that have no active reporter: nobody receives it. */
  unreachable: string[];
}

export async function urgeSlots(tx: Tx, session: TenantSession, input: { where: Prisma.ReportSlotWhereInput; message: string }): Promise<UrgeResult> {
  const tenantId = session.tenant.tenantId;
  const now = new Date();
  const slots = await tx.reportSlot.findMany({
    where: {
      AND: [
        input.where,
        {
          tenantId,
          status: { in: UNSUBMITTED_SLOT_STATUSES },
          OR: [{ lastUrgedAt: null }, { lastUrgedAt: { lt: new Date(now.getTime() - URGE_INTERVAL_MS) } }],
        },
      ],
    },
    select: {
      id: true,
      orgUnitId: true,
      taskId: true,
      orgUnit: { select: { name: true } },
      task: { select: { number: true, title: true } },
      period: { select: { label: true } },
    },
    orderBy: [{ taskId: "asc" }, { orgUnitId: "asc" }],
  });
  if (slots.length === 0) return { unitsReached: 0, people: 0, tasks: 0, unreachable: [] };
  const people = await notifyUnitsReporters(
    tx,
    tenantId,
    slots.map((slot) => ({
      orgUnitId: slot.orgUnitId,
      message: {
        kind: "urge" as const,
        title: `催办：任务 ${slot.task.number}（${slot.period.label}）`,
        body: [slot.task.title, input.message && `${session.displayName}：${input.message}`].filter(Boolean).join("\n"),
        link: `/reports/${slot.id}`,
        key: `urge:${slot.id}:${isoDay(now)}`,
      },
    })),
  );
  await tx.reportSlot.updateMany({ where: { tenantId, id: { in: slots.map((s) => s.id) } }, data: { lastUrgedAt: now } });
  const taskIds = [...new Set(slots.map((s) => s.taskId))];
  await recordSupervisionEvents(
    tx,
    tenantId,
    taskIds.map((taskId) => ({ taskId, kind: "urged" as const, actorUserId: session.userId, note: input.message || null })),
  );
  const units = new Map(slots.map((s) => [s.orgUnitId, s.orgUnit.name]));
  const reached = await unitsWithActiveReporters(tx, tenantId, [...units.keys()]);
  return {
    unitsReached: reached.size,
    people,
    tasks: taskIds.length,
    unreachable: [...units].filter(([id]) => !reached.has(id)).map(([, name]) => name),
  };
}

/** The units among `unitIds` with at least one active reporter: the same people notifyUnitsReporters writes to. */
async function unitsWithActiveReporters(tx: Tx, tenantId: string, unitIds: string[]): Promise<Set<string>> {
  const rows = await tx.membership.findMany({
    where: { tenantId, orgUnitId: { in: unitIds }, role: "unit_reporter", user: { isActive: true } },
    select: { orgUnitId: true },
    distinct: ["orgUnitId"],
  });
  return new Set(rows.map((r) => r.orgUnitId!));
}

/** 已向 4 个单位的 6 名填报员发送催办；以下 1 个单位没有填报员，无法收到：XX学校 */
export function urgeResultMessage(result: UrgeResult, detail = ""): string {
  const sent = result.unitsReached > 0 ? `已向 ${result.unitsReached} 个单位的 ${result.people} 名填报员发送催办` : "催办未能送达任何单位";
  const missing = result.unreachable.length > 0 ? `；以下 ${result.unreachable.length} 个单位没有填报员，无法收到：${result.unreachable.join("、")}` : "";
  return sent + detail + missing;
}
