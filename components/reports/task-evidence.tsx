// The task page's evidence gallery: the newest files of every report of the
// task (the caller's share of them, lib/reports/queries/task-evidence.ts),
// each with its period, unit and size, and 查看全部 when there are more.
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { Page } from "@/lib/pagination";
import type { EvidenceItem } from "@/lib/reports/queries/task-evidence";
import { REPORT_STATUS_LABELS } from "@/lib/vocabulary";
import { EvidenceFiles, type EvidenceListItem } from "./evidence-files";

/** A file as the gallery lists it: where it comes from, and the report's state until it is approved. */
export function evidenceListItem(e: EvidenceItem): EvidenceListItem {
  const state = e.reportStatus === "approved" ? [] : [REPORT_STATUS_LABELS[e.reportStatus]];
  return {
    id: e.id,
    fileName: e.fileName,
    sizeBytes: e.sizeBytes,
    contentType: e.contentType,
    detail: [e.periodLabel, e.unitName, formatDate(e.createdAt), ...state].join(" · "),
  };
}

export function TaskEvidence({ taskId, evidence }: { taskId: string; evidence: Page<EvidenceItem> }) {
  const title = `佐证材料${evidence.total ? `（${evidence.total}）` : ""}`;
  const more =
    evidence.total > evidence.items.length ? (
      <Link href={`/tasks/${taskId}/evidence`} className="text-sm text-brand-700 hover:underline">
        查看全部（{evidence.total}）
      </Link>
    ) : undefined;
  return (
    <Card title={title} actions={more}>
      {evidence.items.length === 0 ? (
        <p className="text-sm text-slate-500">各单位的填报尚未附佐证材料</p>
      ) : (
        <EvidenceFiles files={evidence.items.map(evidenceListItem)} label="任务佐证材料" testId="task-evidence" />
      )}
    </Card>
  );
}
