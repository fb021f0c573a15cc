// Above the sheet, on screen only: the way back to the plan, 打印 and 下载 PDF.
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { PdfDownload } from "@/components/ui/pdf-download";
import { PrintButton } from "./print-button";

const BUTTON = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

export function BriefingToolbar({ plan }: { plan: { id: string; title: string } }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
      <PlanBreadcrumb plan={plan} />
      <div className="flex flex-wrap justify-end gap-2">
        <PrintButton className={BUTTON} />
        <PdfDownload href={`/api/v1/plans/${plan.id}/briefing.pdf`} className={BUTTON} fallbackName="简报.pdf" />
      </div>
    </div>
  );
}
