import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { ownInbox } from "./scope";

export function countUnread(tx: Tx, session: TenantSession): Promise<number> {
  return tx.inboxMessage.count({ where: { ...ownInbox(session), readAt: null } });
}
