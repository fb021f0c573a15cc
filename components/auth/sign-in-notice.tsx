import Link from "@/components/ui/link";
import { formatDateTime } from "@/lib/format";
import { failedAttemptsNotice } from "@/lib/auth/messages";
import type { SignInNotice as Notice } from "@/lib/auth/session";
import { DismissNoticeButton } from "./dismiss-notice-button";

/** Shown after signing in when the account had failed attempts since the previous sign-in, until dismissed. */
export function SignInNotice({ notice }: { notice: Notice }) {
  return (
    <div
      role="status"
      data-testid="sign-in-notice"
      className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p>
        {failedAttemptsNotice(notice.failures, formatDateTime(notice.lastAt), notice.lastAddress)}。
        <Link href="/account" className="ml-1 underline">
          查看详情
        </Link>
      </p>
      <DismissNoticeButton />
    </div>
  );
}
