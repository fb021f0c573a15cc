import { can } from "@/lib/auth/permissions";
import { getAuthSession, hasTenant } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { countUnread } from "@/lib/inbox/unread-count";

/** Unread messages in the active tenant, for the nav; renders nothing when there are none. */
export async function InboxBadge({ className = "" }: { className?: string }) {
  const session = await getAuthSession();
  if (!hasTenant(session) || !can(session.role, "inbox:read")) return null;
  const unread = await readTenant(session, (tx) => countUnread(tx, session));
  if (unread === 0) return null;
  return (
    <span
      data-testid="inbox-badge"
      aria-label={`${unread} 条未读消息`}
      className={`inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs leading-5 font-medium text-white tabular-nums ${className}`}
    >
      {unread > 99 ? "99+" : unread}
    </span>
  );
}
