// One menu link, shared by the desktop menu, the phone bar and its 更多 list:
// aria-current marks the page the user is on, and the counts ride along.
import Link from "@/components/ui/link";
import { REPORT_STATUS_REVIEWER_LABELS } from "@/lib/vocabulary";
import { CountBadge } from "./count-badge";
import type { NavLink } from "./nav-links";

export interface NavCounts {
  unread: number;
  toReview: number;
}

export function NavItem({
  link,
  current,
  counts,
  className,
  onClick,
  alwaysCount = false,
}: {
  link: NavLink;
  current: boolean;
  counts: NavCounts;
  className: string;
  onClick?: () => void;
  /** Shows the unread count at zero too (the phone bar). */
  alwaysCount?: boolean;
}) {
  return (
    <Link href={link.href} aria-current={current ? "page" : undefined} className={className} onClick={onClick}>
      <span>{link.label}</span>
      {link.inbox && <CountBadge count={counts.unread} words="未读" testId="inbox-badge" tone="red" always={alwaysCount} />}
      {link.review && <CountBadge count={counts.toReview} words={REPORT_STATUS_REVIEWER_LABELS.submitted} testId="review-badge" tone="amber" />}
    </Link>
  );
}
