"use client";
// The bar that stays at the bottom of a phone's screen: the submit error (or
// the one notice that the session ended, with the way to sign in again), the
// save status, 保存草稿 and 提交.
import { Button } from "@/components/ui/button";
import { formatClock } from "@/lib/format";
import { DRAFT_MESSAGES, type SaveStatus } from "./draft-state";

function StatusText({ status }: { status: SaveStatus }) {
  switch (status.kind) {
    case "saving":
      return <span className="text-slate-500">保存中…</span>;
    case "saved":
      return (
        <span className="text-green-700">
          {status.auto ? "已自动保存" : "已保存"} {formatClock(status.at)}
        </span>
      );
    case "adopted":
      return <span className="text-amber-700">已载入对方的内容</span>;
    case "restored":
      return <span className="text-amber-700">{DRAFT_MESSAGES.restored}</span>;
    case "signedOut":
      return <span className="text-red-600">{DRAFT_MESSAGES.notSaved}</span>;
    case "dirty":
      return <span className="text-slate-500">有未保存的修改</span>;
    case "error":
      return <span className="text-red-600">{status.message}</span>;
    default:
      return <span className="text-slate-500">填写内容会自动保存</span>;
  }
}

export function ReportSubmitBar({
  status,
  submitError,
  submitting,
  signInHref,
  onSave,
}: {
  status: SaveStatus;
  submitError: string | null;
  submitting: boolean;
  /** Set once a save or submit found the session ended. */
  signInHref: string | null;
  onSave: () => void;
}) {
  return (
    <div className="sticky bottom-[var(--phone-bar-height,0px)] -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
      {signInHref && (
        <div role="alert" data-testid="signed-out-notice" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {DRAFT_MESSAGES.signedOut}
          {/* A full navigation, not a client one: the sign-in page must load without the ended session. */}
          <a href={signInHref} className="ml-2 inline-block font-medium text-brand-700 underline">
            {DRAFT_MESSAGES.signIn}
          </a>
        </div>
      )}
      {submitError && (
        <p role="alert" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {submitError}
        </p>
      )}
      <div className="flex items-center gap-2">
        <p className="min-w-0 flex-1 text-xs" aria-live="polite" data-testid="save-status">
          <StatusText status={status} />
        </p>
        <Button type="button" variant="secondary" disabled={submitting} onClick={onSave}>
          保存草稿
        </Button>
        <Button type="submit" disabled={submitting}>
          {submitting ? "提交中…" : "提交"}
        </Button>
      </div>
    </div>
  );
}
