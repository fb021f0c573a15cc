// One 延期 or 销号 request as staff and the unit read it: dates (the original
// kept), the reason or completion report, evidence, and the decision.
import { EvidenceFiles } from "@/components/reports/evidence-files";
import type { SupervisionRequestKind, SupervisionRequestState } from "@/lib/generated/prisma/enums";
import { SUPERVISION_DECISION_LABELS, SUPERVISION_REQUEST_KIND_LABELS, SUPERVISION_REQUEST_STATE_LABELS } from "@/lib/vocabulary";
import { DecideForm } from "./supervision-forms";

export interface RequestView {
  id: string;
  kind: SupervisionRequestKind;
  state: SupervisionRequestState;
  unitName: string;
  reason: string;
  requestedDueDate: string | null;
  originalDueDate: string | null;
  createdOn: string;
  decidedOn: string | null;
  decisionComment: string | null;
  attachments: { id: string; fileName: string; sizeBytes: number; contentType: string }[];
}

const STATE_STYLE: Record<SupervisionRequestState, string> = {
  pending: "bg-amber-50 text-amber-800",
  approved: "bg-green-50 text-green-800",
  rejected: "bg-slate-100 text-slate-700",
};

/** `taskNumber` where a list mixes tasks, so each decision button names its task and unit. */
export function RequestItem({ request: r, canDecide, taskNumber }: { request: RequestView; canDecide: boolean; taskNumber?: number | string }) {
  return (
    <div className="space-y-1 text-sm" data-request-id={r.id}>
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{SUPERVISION_REQUEST_KIND_LABELS[r.kind]}</span>
        <span className={`rounded px-1.5 py-0.5 text-xs ${STATE_STYLE[r.state]}`}>{SUPERVISION_REQUEST_STATE_LABELS[r.kind][r.state]}</span>
        <span className="text-xs text-slate-500">
          {r.unitName} · {r.createdOn}
        </span>
      </p>
      {r.kind === "extension" && (
        <p>
          完成时限 {r.originalDueDate ?? "—"} → {r.requestedDueDate ?? "—"}
        </p>
      )}
      <p className="whitespace-pre-wrap break-words text-slate-700">{r.reason}</p>
      {r.attachments.length > 0 && <EvidenceFiles files={r.attachments} label="佐证材料" />}
      {r.decidedOn && (
        <p className="text-xs text-slate-500">
          {r.decidedOn} 处理{r.decisionComment ? `：${r.decisionComment}` : ""}
        </p>
      )}
      {canDecide && r.state === "pending" && (
        <DecideForm
          requestId={r.id}
          approveLabel={SUPERVISION_DECISION_LABELS[r.kind].approved}
          rejectLabel={SUPERVISION_DECISION_LABELS[r.kind].rejected}
          subject={taskNumber ? `任务 ${taskNumber} · ${r.unitName}` : r.unitName}
        />
      )}
    </div>
  );
}
