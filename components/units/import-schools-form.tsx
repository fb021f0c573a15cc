"use client";
// Upload of a school register (学校名称, 学段, 性质, 所属学区/街道); afterwards
// every row is listed with its outcome, so refused rows can be fixed and the
// file imported again (a second run updates, it does not duplicate).
import { FileImportForm } from "@/components/ui/file-import-form";
import { ImportResultTable } from "@/components/ui/import-result-table";
import { UPSERT_OUTCOME_TONES } from "@/components/ui/result-badge";
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
        <ImportResultTable
          rows={rows}
          columns={["学校名称"]}
          cells={(r) => <td className="px-2 py-2">{r.name || "—"}</td>}
          outcome={(r) => ({ label: RESULT_LABEL[r.result], className: UPSERT_OUTCOME_TONES[r.result] })}
          ariaLabel="学校名单导入结果"
        />
      </div>
    </details>
  );
}
