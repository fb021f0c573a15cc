"use client";
// Upload of a filled-in ledger; afterwards every row with an indicator is
// listed with its outcome, so refused rows can be fixed and imported again.
import { FileImportForm } from "@/components/ui/file-import-form";
import { ImportResultTable } from "@/components/ui/import-result-table";
import { RESULT_TONES } from "@/components/ui/result-badge";
import { importLedgerActualsAction } from "@/lib/ledger/actions";
import type { ImportRowResult, ImportSummary } from "@/lib/ledger/import-actuals";

const STATUS_LABEL = { accepted: "已导入", refused: "未导入", skipped: "跳过" } as const;
const STATUS_TONE = { accepted: RESULT_TONES.added, refused: RESULT_TONES.refused, skipped: RESULT_TONES.skipped } as const;

export function ImportActualsForm({ planId }: { planId: string }) {
  return (
    <FileImportForm
      action={importLedgerActualsAction}
      hidden={{ planId }}
      className="space-y-4"
      label="填写好的台账文件（.xlsx，不超过 5 MB）"
      errorId="ledger-file-error"
      submitLabel="导入实际值"
      result={(summary) => <ImportResults summary={summary} />}
    />
  );
}

function ImportResults({ summary }: { summary: ImportSummary }) {
  const listed = summary.rows.filter((r) => r.status !== "skipped");
  const skipped = summary.rows.filter((r) => r.status === "skipped");
  return (
    <section aria-label="导入结果" className="space-y-3">
      <p className="flex flex-wrap gap-2 text-sm">
        <span className={`rounded px-2 py-1 ${STATUS_TONE.accepted}`}>已导入 {summary.accepted} 行</span>
        <span className={`rounded px-2 py-1 ${STATUS_TONE.refused}`}>未导入 {summary.refused} 行</span>
        <span className={`rounded px-2 py-1 ${STATUS_TONE.skipped}`}>跳过 {summary.skipped} 行</span>
      </p>
      {listed.length > 0 && <ResultTable rows={listed} />}
      {skipped.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600">查看跳过的 {skipped.length} 行（未填写或与已有实际值相同）</summary>
          <div className="mt-2">
            <ResultTable rows={skipped} />
          </div>
        </details>
      )}
    </section>
  );
}

function ResultTable({ rows }: { rows: ImportRowResult[] }) {
  return (
    <div className="overflow-x-auto">
      <ImportResultTable
        rows={rows}
        columns={["指标", "实际值", "截至日期"]}
        cells={(r) => (
          <>
            <td className="px-2 py-2">{r.indicator || "—"}</td>
            <td className="px-2 py-2 tabular-nums">{r.value ?? "—"}</td>
            <td className="px-2 py-2 tabular-nums">{r.asOf ?? "—"}</td>
          </>
        )}
        outcome={(r) => ({ label: STATUS_LABEL[r.status], className: STATUS_TONE[r.status] })}
      />
    </div>
  );
}
