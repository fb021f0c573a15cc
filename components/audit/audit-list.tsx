// The audit feed as a list: when, who, what, which object, and one line of
// what changed; other changes open their before/after JSON, and a deletion
// links to the history it kept.
import Link from "@/components/ui/link";
import { formatDateTime } from "@/lib/format";
import type { AuditRow } from "@/lib/audit/audit-feed";
import { describeAuditRow, jsonText } from "@/lib/audit/describe";
import { auditActionLabel, auditEntityLabel } from "@/lib/vocabulary";
import { AUDIT_MESSAGES } from "@/lib/audit/messages";

function RawChange({ detail }: { detail: AuditRow["detail"] }) {
  const before = jsonText(detail.before, 4000);
  const after = jsonText(detail.after, 4000);
  if (!before && !after) return null;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-brand-700">变更内容</summary>
      {before && <p className="mt-1 break-all text-slate-600">变更前：{before}</p>}
      {after && <p className="mt-1 break-all text-slate-600">变更后：{after}</p>}
    </details>
  );
}

export function AuditList({ items }: { items: AuditRow[] }) {
  return (
    <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="audit-list">
      {items.map((row) => {
        const summary = describeAuditRow(row);
        return (
          <li key={`${row.source}-${row.id}`} className="px-4 py-3 text-sm" data-action={row.action}>
            <p className="text-xs text-slate-500">
              {formatDateTime(row.at)} · {row.actorName ?? AUDIT_MESSAGES.system}
            </p>
            <p className="mt-0.5 break-words">
              <span className="font-medium">{auditActionLabel(row.action)}</span>
              <span className="text-slate-500"> · {auditEntityLabel(row.entityType)}</span>
              {row.title && <span> · {row.title}</span>}
            </p>
            {summary && <p className="mt-0.5 break-words text-slate-700">{summary}</p>}
            {row.hasSnapshot ? (
              <Link href={`/admin/audit/${row.id}`} className="mt-1 inline-block text-xs text-brand-700 hover:underline">
                查看删除前的完整记录
              </Link>
            ) : (
              row.source === "audit" && <RawChange detail={row.detail} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
