// 催办 of report slots, whoever presses it: the task page (one task's units)
// or a period's 一键催办 (every late unit of the period). One rule for both:
// only slots nobody has submitted, each at most once a day, so a nervous
// click or both buttons on one morning do not flood anyone. The reporters of
// each unit hear at once; units without a reporter are named back to the
// person who pressed (those whose group robot still got it apart from those
// nobody received it in), rather than counted as reached. Each task urged is
// a 催办 step in its 督办 history.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activeReporterWhere, notifyUnitsReporters } from "@/lib/inbox/notify";
import { robotTargetsOf } from "@/lib/outbox/robot-targets";
import { isoDay } from "@/lib/dashboard/dates";
import { recordSupervisionEvents } from "@/lib/supervision/record-event";
import { UNSUBMITTED_SLOT_STATUSES } from "./slot-status";

/** A slot is urged at most once in this span. */
const URGE_INTERVAL_MS = 24 * 3600_000;

export interface UrgeResult {
  /** Units whose reporters received it. */
  unitsReached: number;
  /** Distinct reporters who received it (one person may get several slots' messages). */
  people: number;
  tasks: number;
  /** Units urged without an active reporter whose group robot still received it. */
  robotOnly: string[];
  /** Units urged with neither a reporter nor a group robot: nobody receives it. */
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
  // Claim the slots: the once-a-day condition again in the UPDATE itself, so a
  // concurrent 催办 (another button, another staff member) that waited on the
  // row locks gets none back and sends nothing twice.
  const cutoff = new Date(now.getTime() - URGE_INTERVAL_MS);
  const claimedIds = await tx.reportSlot.updateManyAndReturn({
    where: {
      tenantId,
      id: { in: slots.map((s) => s.id) },
      status: { in: UNSUBMITTED_SLOT_STATUSES },
      OR: [{ lastUrgedAt: null }, { lastUrgedAt: { lt: cutoff } }],
    },
    data: { lastUrgedAt: now },
    select: { id: true },
  });
  const claimed = new Set(claimedIds.map((c) => c.id));
  const urged = slots.filter((s) => claimed.has(s.id));
  if (urged.length === 0) return { unitsReached: 0, people: 0, tasks: 0, robotOnly: [], unreachable: [] };
  await notifyUnitsReporters(
    tx,
    tenantId,
    urged.map((slot) => ({
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
  const taskIds = [...new Set(urged.map((s) => s.taskId))];
  await recordSupervisionEvents(
    tx,
    tenantId,
    taskIds.map((taskId) => ({ taskId, kind: "urged" as const, actorUserId: session.userId, note: input.message || null })),
  );
  const units = new Map(urged.map((s) => [s.orgUnitId, s.orgUnit.name]));
  const reporters = await tx.membership.findMany({ where: activeReporterWhere(tenantId, [...units.keys()]), select: { userId: true, orgUnitId: true } });
  const reached = new Set(reporters.map((r) => r.orgUnitId!));
  const missing = [...units.keys()].filter((id) => !reached.has(id));
  // The same routing the outbox used for these messages: a unit without reporters may still have a group robot.
  const robots = await robotTargetsOf(tx, tenantId, missing);
  return {
    unitsReached: reached.size,
    people: new Set(reporters.map((r) => r.userId)).size,
    tasks: taskIds.length,
    robotOnly: missing.filter((id) => (robots.get(id) ?? []).length > 0).map((id) => units.get(id)!),
    unreachable: missing.filter((id) => (robots.get(id) ?? []).length === 0).map((id) => units.get(id)!),
  };
}

/** 已向 4 个单位的 6 名填报员发送催办；以下 1 个单位没有填报员，已发送到群机器人：XX学校；… */
export function urgeResultMessage(result: UrgeResult, detail = ""): string {
  const sent = result.unitsReached > 0 ? `已向 ${result.unitsReached} 个单位的 ${result.people} 名填报员发送催办` : "催办未能送达任何填报员";
  const robot = result.robotOnly.length > 0 ? `；以下 ${result.robotOnly.length} 个单位没有填报员，已发送到群机器人：${result.robotOnly.join("、")}` : "";
  const missing =
    result.unreachable.length > 0 ? `；以下 ${result.unreachable.length} 个单位没有填报员，也未设置群机器人，无人收到：${result.unreachable.join("、")}` : "";
  return sent + detail + robot + missing;
}
