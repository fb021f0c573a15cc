"use client";
// Accounts at scale: the template to fill, the upload, and each row's outcome
// with the new accounts' one-time passwords — shown here once, and offered as
// a workbook built in the browser from the answer (never stored on the server).
import { Button } from "@/components/ui/button";
import { FileImportForm } from "@/components/ui/file-import-form";
import { UPSERT_OUTCOME_TONES } from "@/components/ui/result-badge";
import { importMembersAction } from "@/lib/members/actions";
import type { MembersImportSummary } from "@/lib/members/import/run-import";
import { MEMBER_IMPORT_OUTCOME_LABELS } from "@/lib/vocabulary";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function ImportMembersCard() {
  return (
    <FileImportForm
      action={importMembersAction}
      intro={
        <>
          <p className="text-sm text-slate-600">
            下载模板，每行填写一个账号（用户名、姓名、角色、所属单位、手机号、邮箱、对应责任领导），再上传。已有的用户名会被更新，不会重复创建。
          </p>
          <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <a href="/api/v1/members/template.xlsx" download className="text-brand-700 hover:underline">
              下载导入模板
            </a>
            <a href="/api/v1/members.xlsx" download className="text-brand-700 hover:underline">
              导出全部账号
            </a>
          </div>
        </>
      }
      label="填写好的模板（.xlsx）"
      errorId="members-file-error"
      submitLabel="导入账号"
      buttonClassName="w-full"
      result={(summary) => <ImportResults summary={summary} />}
    />
  );
}

function downloadResults(base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "账号导入结果.xlsx";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ImportResults({ summary }: { summary: MembersImportSummary }) {
  return (
    <section aria-label="导入结果" className="space-y-3" data-testid="import-results">
      {summary.created > 0 && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          一次性密码只显示这一次：请下载结果或抄下，转交各账号本人；首次登录须修改密码。
        </p>
      )}
      <Button type="button" variant="secondary" onClick={() => downloadResults(summary.resultsXlsx)}>
        下载导入结果（.xlsx）
      </Button>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {summary.rows.map((r) => (
          <li key={r.row} className="px-3 py-2" data-row={r.row} data-result={r.result}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="tabular-nums text-slate-500">第 {r.row} 行</span>
              <span className="font-medium break-all">{r.username || "—"}</span>
              <span className={`rounded px-2 py-0.5 text-xs ${UPSERT_OUTCOME_TONES[r.result]}`}>{MEMBER_IMPORT_OUTCOME_LABELS[r.result]}</span>
            </div>
            {r.reason && <p className="mt-1 text-red-700">{r.reason}</p>}
            {r.password && (
              <p className="mt-1">
                一次性密码 <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono select-all">{r.password}</code>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
