// The delivery state admins read: recent outbox rows, newest first, filtered
// by state and channel, with each target named but masked (an address, or the
// robot's owner — never its URL).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { OutboxChannel, OutboxState } from "@/lib/generated/prisma/enums";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { maskEmail } from "./mask";
import { NOTIFICATION_MESSAGES as M } from "./messages";
import { ENV_TARGET } from "./robot-targets";
import type { OutboxFilter } from "./schemas";

export interface OutboxRow {
  id: string;
  createdAt: Date;
  channel: OutboxChannel;
  target: string;
  title: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  nextAttemptAt: Date;
}

export async function listOutbox(tx: Tx, tenantId: string, filter: OutboxFilter): Promise<Page<OutboxRow>> {
  const where = { tenantId, ...(filter.state ? { state: filter.state } : {}), ...(filter.channel ? { channel: filter.channel } : {}) };
  const { skip, take } = pageArgs(filter.page);
  const [rows, total] = [
    await tx.outboxMessage.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
    await tx.outboxMessage.count({ where }),
  ];
  const robotIds = rows.filter((r) => r.channel !== "email" && r.target !== ENV_TARGET).map((r) => r.target);
  const robots = await tx.robotWebhook.findMany({ where: { tenantId, id: { in: robotIds } }, include: { orgUnit: { select: { name: true } } } });
  const owner = new Map(robots.map((r) => [r.id, r.orgUnit?.name ?? M.bureau]));
  const targetOf = (r: (typeof rows)[number]) =>
    r.channel === "email" ? maskEmail(r.target) : r.target === ENV_TARGET ? M.envDefault : (owner.get(r.target) ?? M.deletedRobot);
  return toPage(
    rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      channel: r.channel,
      target: targetOf(r),
      title: r.title,
      state: r.state,
      attempts: r.attempts,
      lastError: r.lastError,
      sentAt: r.sentAt,
      nextAttemptAt: r.nextAttemptAt,
    })),
    total,
    filter.page,
  );
}
