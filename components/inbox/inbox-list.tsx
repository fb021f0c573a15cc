import Link from "@/components/ui/link";
import { formatDateTime } from "@/lib/format";
import type { InboxKind } from "@/lib/generated/prisma/enums";
import { openInboxMessageAction } from "@/lib/inbox/actions";
import type { InboxItem } from "@/lib/inbox/list-inbox";
import { INBOX_KIND_LABELS } from "@/lib/vocabulary";

const KIND_STYLES: Record<InboxKind, string> = {
  digest: "bg-slate-100 text-slate-700",
  urge: "bg-red-50 text-red-700",
  review: "bg-blue-50 text-blue-700",
  assignment: "bg-indigo-50 text-indigo-700",
  extension: "bg-amber-50 text-amber-800",
  closing: "bg-emerald-50 text-emerald-700",
  slip: "bg-red-50 text-red-700",
  overdue: "bg-red-50 text-red-700",
};

function Body({ m }: { m: InboxItem }) {
  return (
    <>
      <span className="flex items-start justify-between gap-2">
        <span className={`min-w-0 break-words ${m.readAt ? "text-slate-700" : "font-semibold text-slate-900"}`}>
          {!m.readAt && <span className="mr-1.5 inline-block h-2 w-2 rounded-full bg-red-600 align-middle" aria-label="未读" />}
          {m.title}
        </span>
        <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs ${KIND_STYLES[m.kind]}`}>{INBOX_KIND_LABELS[m.kind]}</span>
      </span>
      {m.body && <span className="mt-1 line-clamp-4 block text-sm break-words whitespace-pre-line text-slate-600">{m.body}</span>}
      <span className="mt-1 block text-xs text-slate-500">{formatDateTime(m.createdAt)}</span>
    </>
  );
}

/**
 * An unread message opens through a form (works without JavaScript): the
 * action marks it read, then follows its link. Read ones are plain links.
 */
export function InboxList({ items }: { items: InboxItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="inbox-list">
      {items.map((m) => (
        <li key={m.id} data-unread={m.readAt ? undefined : "true"} className={m.readAt ? "" : "bg-brand-50/60"}>
          {m.readAt ? (
            m.link ? (
              <Link href={m.link} className="block px-4 py-3 hover:bg-slate-50">
                <Body m={m} />
              </Link>
            ) : (
              <div className="px-4 py-3">
                <Body m={m} />
              </div>
            )
          ) : (
            <form action={openInboxMessageAction}>
              <input type="hidden" name="id" value={m.id} />
              <button type="submit" className="block w-full px-4 py-3 text-left hover:bg-brand-50">
                <Body m={m} />
                <span className="mt-1 block text-xs text-brand-700">{m.link ? "查看详情 →" : "标为已读"}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
