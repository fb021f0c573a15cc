import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { ownInbox } from "./scope";

/** Marks one of the caller's messages read and returns its link; another user's id is "not found". */
export async function markMessageRead(tx: Tx, session: TenantSession, id: string): Promise<{ link: string | null }> {
  const message = await tx.inboxMessage.findFirst({ where: { id, ...ownInbox(session) }, select: { link: true, readAt: true } });
  if (!message) throw new NotFoundError("消息不存在");
  if (!message.readAt) await tx.inboxMessage.updateMany({ where: { id, ...ownInbox(session), readAt: null }, data: { readAt: new Date() } });
  return { link: message.link };
}

export async function markAllMessagesRead(tx: Tx, session: TenantSession): Promise<number> {
  const result = await tx.inboxMessage.updateMany({ where: { ...ownInbox(session), readAt: null }, data: { readAt: new Date() } });
  return result.count;
}
