// The bureau admin's "download everything" button: a plain link to the zip
// route, so the browser's own download shows progress for a large file.
import { Card } from "@/components/ui/card";

export const BUREAU_EXPORT_URL = "/api/v1/export/bureau.zip";

export function BureauExportCard() {
  return (
    <Card title="数据导出">
      <p className="mb-3 text-sm text-slate-600">
        下载本局全部数据：规划、任务、进展报告、指标实绩、操作日志（数据总表.xlsx 与 json 文件）和全部佐证材料，打包为一个 zip 文件。
      </p>
      <a
        href={BUREAU_EXPORT_URL}
        download
        data-testid="bureau-export"
        className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50"
      >
        下载本局全部数据 (.zip)
      </a>
    </Card>
  );
}
