// Above the sheet, on screen only: the way back to the plan, 打印 and 下载 PDF.
import Link from "next/link";
import { PrintButton } from "./print-button";

const BUTTON = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50";

export function BriefingToolbar({ plan }: { plan: { id: string; title: string } }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
      <nav className="text-sm text-slate-500" aria-label="面包屑">
        <Link href="/plans" className="hover:underline">
          规划
        </Link>
        {" / "}
        <Link href={`/plans/${plan.id}`} className="hover:underline">
          {plan.title}
        </Link>
      </nav>
      <div className="flex gap-2">
        <PrintButton className={BUTTON} />
        <a href={`/api/v1/plans/${plan.id}/briefing.pdf`} className={BUTTON} download>
          下载 PDF
        </a>
      </div>
    </div>
  );
}
