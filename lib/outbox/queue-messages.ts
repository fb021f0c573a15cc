// Writes outbox rows in the caller's transaction (lib/inbox/notify.ts calls
// these): one e-mail per recipient with an address, one robot message per unit
// and channel. The key is stable per channel and recipient, and the unique
// (tenant, channel, message_key) with skipDuplicates means a repeated notice
// is never queued twice.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/tenant-scope";
import type { InboxKind } from "@/lib/generated/prisma/enums";
import type { UnitMessage, UserNotice } from "@/lib/inbox/notify";
import { smtpConfig } from "./config";
import { robotTargetsOf } from "./robot-targets";

/** What a unit's group hears: 催办, 督办单, overdue notices and the daily digest (not every reply or review). */
export const ROBOT_KINDS: ReadonlySet<InboxKind> = new Set<InboxKind>(["urge", "slip", "overdue", "digest"]);

/** The notice's own key, or a fresh one: a keyless notice is queued once per call. */
const baseKey = (message: UnitMessage) => message.key ?? `once:${randomUUID()}`;

const row = (tenantId: string, message: UnitMessage) => ({
  tenantId,
  kind: message.kind,
  title: message.title,
  body: message.body,
  link: message.link,
});

/** E-mail copies for the recipients whose account has an address; nothing when SMTP is not configured. */
export async function queueEmails(tx: Tx, tenantId: string, notices: UserNotice[]): Promise<number> {
  if (notices.length === 0 || !smtpConfig()) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(notices.map((n) => n.userId))] }, isActive: true, email: { not: null } },
    select: { id: true, email: true },
  });
  const address = new Map(users.flatMap((u) => (u.email?.includes("@") ? [[u.id, u.email.trim()] as const] : [])));
  const data = notices.flatMap(({ userId, message }) => {
    const to = address.get(userId);
    return to ? [{ ...row(tenantId, message), channel: "email" as const, messageKey: `${baseKey(message)}:user:${userId}`, target: to, userId }] : [];
  });
  if (data.length === 0) return 0;
  return (await tx.outboxMessage.createMany({ data, skipDuplicates: true })).count;
}

/** One message per unit to each of its group robots (the unit's, else the bureau's, else the deployment's). */
export async function queueUnitRobots(tx: Tx, tenantId: string, items: { orgUnitId: string; message: UnitMessage }[]): Promise<number> {
  const wanted = items.filter((i) => ROBOT_KINDS.has(i.message.kind));
  if (wanted.length === 0) return 0;
  const targets = await robotTargetsOf(
    tx,
    tenantId,
    wanted.map((i) => i.orgUnitId),
  );
  const data = wanted.flatMap(({ orgUnitId, message }) => {
    const key = baseKey(message);
    return (targets.get(orgUnitId) ?? []).map((t) => ({
      ...row(tenantId, message),
      channel: t.kind,
      messageKey: `${key}:unit:${orgUnitId}`,
      target: t.target,
    }));
  });
  if (data.length === 0) return 0;
  return (await tx.outboxMessage.createMany({ data, skipDuplicates: true })).count;
}
