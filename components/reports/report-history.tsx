import type { SlotDetail } from "@/lib/reports/queries/get-slot";
import { formatDateTime } from "@/lib/format";
import { reportEventLabel } from "@/lib/vocabulary";

type ReportEvents = NonNullable<SlotDetail["slot"]["report"]>["events"];

export function ReportHistory({ events, actorNames }: { events: ReportEvents; actorNames: Record<string, string> }) {
  if (events.length === 0) return null;
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="report-history">
      <h2 className="mb-3 text-base font-semibold">办理记录</h2>
      <ol className="space-y-3 border-l border-slate-200 pl-4">
        {[...events].reverse().map((e) => (
          <li key={e.id} className="relative text-sm">
            <span
              className={`absolute top-1.5 -left-[21px] h-2.5 w-2.5 rounded-full ${e.action === "return" ? "bg-red-500" : e.action === "approve" ? "bg-green-600" : "bg-slate-400"}`}
            />
            <p>
              <span className="font-medium">{reportEventLabel(e.action)}</span>
              <span className="text-slate-500"> · {(e.actorUserId && actorNames[e.actorUserId]) || "系统"}</span>
            </p>
            <p className="text-xs text-slate-500">{formatDateTime(e.createdAt)}</p>
            {e.comment && <p className="mt-1 rounded-md bg-slate-50 px-2 py-1 break-words whitespace-pre-wrap text-slate-700">{e.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
