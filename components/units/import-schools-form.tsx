"use client";
// Upload of a school register (学校名称, 学段, 性质, 所属学区/街道); afterwards
// every row is listed with its outcome, so refused rows can be fixed and the
// file imported again (a second run updates, it does not duplicate).
import { useActionState } from "react";
import { FileImportForm } from "@/components/ui/file-import-form";
import { importSchoolsAction } from "@/lib/units/actions";
import type { SchoolRowResult } from "@/lib/units/import-schools";

const RESULT = {
  created: { label: "新增", className: "bg-green-50 text-green-800" },
  updated: { label: "已更新", className: "bg-sky-50 text-sky-800" },
  refused: { label: "未导入", className: "bg-red-50 text-red-700" },
} as const;

export function ImportSchoolsForm() {
  const [state, action, pending] = useActionState(importSchoolsAction, null);
  return (
    <div className="space-y-3">
      <FileImportForm
        state={state}
        action={action}
        pending={pending}
        label="学校名单（.xlsx，列：学校名称、学段、性质、所属学区/街道）"
        errorId="schools-file-error"
        submitLabel="导入学校名单"
      />
      {state?.ok && state.data.rows.length > 0 && <ResultTable rows={state.data.rows} />}
    </div>
  );
}

function ResultTable({ rows }: { rows: SchoolRowResult[] }) {
  return (
    <details className="text-sm" open={rows.some((r) => r.result === "refused")}>
      <summary className="cursor-pointer text-slate-600">逐行结果（{rows.length} 行）</summary>
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="min-w-full text-left text-sm" aria-label="学校名单导入结果">
          <thead className="border-b border-slate-200 text-slate-500">
            <tr>
              <th className="px-2 py-2 font-medium">行号</th>
              <th className="px-2 py-2 font-medium">学校名称</th>
              <th className="px-2 py-2 font-medium">结果</th>
              <th className="px-2 py-2 font-medium">说明</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className="border-b border-slate-100 align-top">
                <td className="px-2 py-2 tabular-nums">{r.row}</td>
                <td className="px-2 py-2">{r.name || "—"}</td>
                <td className="px-2 py-2">
                  <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${RESULT[r.result].className}`}>{RESULT[r.result].label}</span>
                </td>
                <td className="px-2 py-2">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
