// The audit page's filters as a plain GET form (works without JavaScript, the
// URL is the filter), and the export link carrying the same filter.
import Link from "@/components/ui/link";
import type { AuditFilter } from "@/lib/audit/filter";
import { auditFilterParams } from "@/lib/audit/filter";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "@/lib/vocabulary";
import { LabelOptions } from "@/components/ui/label-options";

const FIELD = "min-h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-base sm:w-auto sm:text-sm";
const LINK = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

export function auditExportUrl(filter: AuditFilter): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(auditFilterParams(filter))) if (value) search.set(key, value);
  const query = search.toString();
  return `/api/v1/audit.xlsx${query ? `?${query}` : ""}`;
}

/** A filter over one vocabulary: "all" (empty) first, then its labels. */
function VocabularySelect(props: { name: string; label: string; all: string; labels: Record<string, string>; value?: string }) {
  return (
    <label className="grid gap-1 text-xs text-slate-500">
      {props.label}
      <select name={props.name} aria-label={props.label} defaultValue={props.value ?? ""} className={FIELD}>
        <option value="">{props.all}</option>
        <LabelOptions labels={props.labels} />
      </select>
    </label>
  );
}

export function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  const filtered = Object.values(auditFilterParams(filter)).some(Boolean);
  return (
    <form method="get" role="search" aria-label="筛选审计日志" className="mb-4 grid gap-2 sm:flex sm:flex-wrap sm:items-end">
      <label className="grid gap-1 text-xs text-slate-500">
        操作人
        <input name="person" aria-label="操作人" defaultValue={filter.person} placeholder="姓名或用户名" className={`${FIELD} sm:w-36`} />
      </label>
      <VocabularySelect name="action" label="操作" all="全部操作" labels={AUDIT_ACTION_LABELS} value={filter.action} />
      <VocabularySelect name="entityType" label="对象类型" all="全部类型" labels={AUDIT_ENTITY_LABELS} value={filter.entityType} />
      <label className="grid gap-1 text-xs text-slate-500">
        对象
        <input name="object" aria-label="对象" defaultValue={filter.object} placeholder="标题关键词或 ID" className={`${FIELD} sm:w-48`} />
      </label>
      <label className="grid gap-1 text-xs text-slate-500">
        起始日期
        <input type="date" name="from" aria-label="起始日期" defaultValue={filter.from} className={FIELD} />
      </label>
      <label className="grid gap-1 text-xs text-slate-500">
        截止日期
        <input type="date" name="to" aria-label="截止日期" defaultValue={filter.to} className={FIELD} />
      </label>
      <button type="submit" className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-50">
        查询
      </button>
      {filtered && (
        <Link href="/admin/audit" className="self-center text-sm text-brand-700 hover:underline">
          清除筛选
        </Link>
      )}
      <a href={auditExportUrl(filter)} download className={`${LINK} sm:ml-auto`} title={filtered ? "按当前筛选导出" : undefined}>
        导出 (.xlsx)
      </a>
    </form>
  );
}
