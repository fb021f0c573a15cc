import { can } from "@/lib/auth/permissions";
import { getAuthSession, hasTenant } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { countReportsToReview } from "@/lib/supervision/queries/staff-queue-counts";
import { REPORT_STATUS_REVIEWER_LABELS } from "@/lib/vocabulary";

/** Reports waiting for review, on the 审核 menu item: one index-backed count per page load; nothing at zero. */
export async function ReviewBadge({ className = "" }: { className?: string }) {
  const session = await getAuthSession();
  if (!hasTenant(session) || !can(session.role, "reports:review")) return null;
  const count = await readTenant(session, (tx) => countReportsToReview(tx, session.tenant.tenantId));
  if (count === 0) return null;
  return (
    <>
      {/* The link reads 审核（待审核 25） to a screen reader; the eye sees the number. */}
      <span className="sr-only">
        （{REPORT_STATUS_REVIEWER_LABELS.submitted} {count}）
      </span>
      <span
        aria-hidden="true"
        data-testid="review-badge"
        className={`inline-flex min-w-5 items-center justify-center rounded-full bg-amber-500 px-1.5 text-xs leading-5 font-medium text-white tabular-nums ${className}`}
      >
        {count > 99 ? "99+" : count}
      </span>
    </>
  );
}
