"use client";
// Upload of a school register (学校名称, 学段, 性质, 所属学区/街道); afterwards
// every row is listed with its outcome, so refused rows can be fixed and the
// file imported again (a second run updates, it does not duplicate).
import { FileImportForm } from "@/components/ui/file-import-form";
import { ResultBadge, UPSERT_OUTCOME_TONES } from "@/components/ui/result-badge";
import { importSchoolsAction } from "@/lib/units/actions";
import type { SchoolRowResult } from "@/lib/units/import-schools";

const RESULT_LABEL = { created: "新增", updated: "已更新", refused: "未导入" } as const;

export function ImportSchoolsForm() {
  return (
    <FileImportForm
      action={importSchoolsAction}
      label="学校名单（.xlsx，列：学校名称、学段、性质、所属学区/街道）"
      errorId="schools-file-error"
      submitLabel="导入学校名单"
      result={(data) => data.rows.length > 0 && <ResultTable rows={data.rows} />}
    />
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
                  <ResultBadge className={UPSERT_OUTCOME_TONES[r.result]}>{RESULT_LABEL[r.result]}</ResultBadge>
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
