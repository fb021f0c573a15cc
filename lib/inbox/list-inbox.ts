import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { pageArgs, toPage } from "@/lib/pagination";
import { ownInbox } from "./scope";

/** The caller's messages in the active tenant, newest first. */
export async function listInbox(tx: Tx, session: TenantSession, filter: { page: number }) {
  const where = ownInbox(session);
  const items = await tx.inboxMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(filter.page),
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
  const total = await tx.inboxMessage.count({ where });
  return toPage(items, total, filter.page);
}

export type InboxItem = Awaited<ReturnType<typeof listInbox>>["items"][number];
