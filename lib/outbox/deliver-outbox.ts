// The deliver-outbox job: bureau by bureau, claim a bounded batch of due pending
// messages (FOR UPDATE SKIP LOCKED, so two workers never take the same row),
// lease them (next_attempt_at moves LEASE_MS ahead and the try is counted),
// send each outside any transaction, then mark it sent or schedule its retry.
// At least once: a row is marked sent only after the channel accepted it; a
// worker killed mid-send leaves it pending, picked again when its lease ends.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { openTenantTransaction, type Tx } from "@/lib/db/tenant-scope";
import { listBureauIds } from "@/lib/jobs/tenant-loop";
import { envRobots, smtpConfig } from "./config";
import { DeliveryError } from "./delivery-error";
import { NOTIFICATION_MESSAGES } from "./messages";
import { LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from "./retry";
import { ENV_TARGET } from "./robot-targets";
import { messageIdOf, sendEmail } from "./send-email";
import { sendRobotMessage, type RobotEndpoint } from "./send-robot";

/** Per bureau and run (every minute): about one 企业微信 robot's limit of 20 messages a minute. */
export const BATCH_SIZE = 20;

interface Claimed {
  id: string;
  channel: OutboxChannel;
  message_key: string;
  target: string;
  title: string;
  body: string;
  link: string | null;
  attempts: number;
}

export interface DeliveryCounts {
  sent: number;
  retrying: number;
  failed: number;
}

export async function deliverOutbox(client: PrismaClient, options: { batchSize?: number } = {}): Promise<DeliveryCounts> {
  const totals: DeliveryCounts = { sent: 0, retrying: 0, failed: 0 };
  for (const tenantId of await listBureauIds(client)) {
    // Claimed and sent bureau by bureau, so a batch is sent well within its lease.
    const claimed = await openTenantTransaction(client, { tenantId, userId: null }, (tx) => claim(tx, tenantId, options.batchSize ?? BATCH_SIZE));
    for (const message of claimed) {
      const error = await attempt(client, tenantId, message);
      const outcome = await record(client, tenantId, message, error);
      totals[outcome] += 1;
    }
  }
  return totals;
}

export function describeDelivery(c: DeliveryCounts): string {
  return `已发送 ${c.sent} 条，待重试 ${c.retrying} 条，失败 ${c.failed} 条`;
}

async function claim(tx: Tx, tenantId: string, limit: number): Promise<Claimed[]> {
  return tx.$queryRaw<Claimed[]>`
    UPDATE outbox_messages o
    SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_MS / 1000})
    FROM (
      SELECT id FROM outbox_messages
      WHERE tenant_id = ${tenantId}::uuid AND state = 'pending' AND next_attempt_at <= now()
      ORDER BY next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE o.id = due.id AND o.tenant_id = ${tenantId}::uuid
    RETURNING o.id, o.channel, o.message_key, o.target, o.title, o.body, o.link, o.attempts`;
}

/** null when the channel accepted the message, else why not. */
async function attempt(client: PrismaClient, tenantId: string, m: Claimed): Promise<string | null> {
  try {
    if (m.channel === "email") {
      const smtp = smtpConfig();
      if (!smtp) throw new DeliveryError(NOTIFICATION_MESSAGES.smtpMissing);
      await sendEmail(smtp, m.target, m, messageIdOf(tenantId, m.message_key, smtp.from));
    } else {
      await sendRobotMessage(await robotEndpoint(client, tenantId, m.channel, m.target), m);
    }
    return null;
  } catch (err) {
    if (err instanceof DeliveryError) return err.message;
    console.error("[outbox] unexpected delivery failure", err);
    return "发送出错";
  }
}

/** The robot as configured now: a corrected URL applies to messages still waiting. */
async function robotEndpoint(client: PrismaClient, tenantId: string, kind: OutboxChannel, target: string): Promise<RobotEndpoint> {
  if (target === ENV_TARGET) {
    const robot = envRobots().find((r) => r.kind === kind);
    if (!robot) throw new DeliveryError("部署默认机器人已取消");
    return robot;
  }
  const robot = await openTenantTransaction(client, { tenantId, userId: null }, (tx) => tx.robotWebhook.findFirst({ where: { tenantId, id: target } }), {
    readOnly: true,
  });
  if (!robot) throw new DeliveryError("该机器人已被删除");
  return robot;
}

async function record(client: PrismaClient, tenantId: string, m: Claimed, error: string | null): Promise<keyof DeliveryCounts> {
  const outcome = error === null ? "sent" : m.attempts >= MAX_ATTEMPTS ? "failed" : "retrying";
  const data =
    outcome === "sent"
      ? { state: "sent" as const, sentAt: new Date(), lastError: null }
      : outcome === "failed"
        ? { state: "failed" as const, lastError: error }
        : { lastError: error, nextAttemptAt: new Date(Date.now() + retryDelayMs(m.attempts)) };
  await openTenantTransaction(client, { tenantId, userId: null }, (tx) => tx.outboxMessage.updateMany({ where: { tenantId, id: m.id }, data }));
  return outcome;
}
