// A deleted plan's or task's history, read back from its deletion's snapshot:
// per task its status changes, and per unit and period its report (text,
// review comment, evidence records) with the report's events.
import type { ReportStatus, SlotStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import type { DeletionSnapshot, SnapshotTask } from "@/lib/audit/read-snapshot";
import { AUDIT_MESSAGES } from "@/lib/audit/messages";
import { formatBytes, formatDateTime } from "@/lib/format";
import { REPORT_STATUS_LABELS, reportEventLabel, SLOT_STATUS_LABELS, TASK_STATUS_LABELS } from "@/lib/vocabulary";
import { NumberedTitle } from "@/components/plans/numbered-title";

type Names = Record<string, string>;
const who = (names: Names, id: string | null | undefined) => (id && names[id]) || AUDIT_MESSAGES.system;
const taskStatus = (s: string | null | undefined) => (s ? (TASK_STATUS_LABELS[s as TaskStatus] ?? s) : "—");

function TaskBlock({ task, names }: { task: SnapshotTask; names: Names }) {
  const reports = task.slots.filter((s) => s.report);
  return (
    <li className="rounded-lg border border-slate-200 p-3" data-testid="snapshot-task">
      <p className="font-medium break-words">
        <NumberedTitle number={task.number} title={task.title} />
        <span className="ml-2 text-xs font-normal text-slate-500">
          {taskStatus(task.status)} · {task.progress}%
        </span>
      </p>
      {task.statusEvents.length > 0 && (
        <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-xs">
          {task.statusEvents.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.createdAt)} · {who(names, e.actorUserId)}：状态 {taskStatus(e.fromStatus)} → {taskStatus(e.toStatus)}，进度{" "}
              {e.fromProgress ?? 0}% → {e.toProgress ?? 0}%{e.note ? `（${e.note}）` : ""}
            </li>
          ))}
        </ol>
      )}
      {reports.length > 0 && (
        <ul className="mt-2 space-y-2">
          {reports.map((slot) => {
            const report = slot.report!;
            return (
              <li key={slot.id} className="rounded-md bg-slate-50 p-2 text-xs" data-testid="snapshot-report">
                <p className="font-medium">
                  {slot.period.label} · {slot.orgUnit.name} ·{" "}
                  {REPORT_STATUS_LABELS[report.status as ReportStatus] ?? SLOT_STATUS_LABELS[slot.status as SlotStatus]} · {report.progress}%
                </p>
                {report.summary && <p className="mt-1 break-words whitespace-pre-wrap">工作进展：{report.summary}</p>}
                {report.problems && <p className="mt-1 break-words whitespace-pre-wrap">存在问题：{report.problems}</p>}
                {report.nextSteps && <p className="mt-1 break-words whitespace-pre-wrap">下一步计划：{report.nextSteps}</p>}
                {report.reviewComment && <p className="mt-1 break-words whitespace-pre-wrap">审核意见：{report.reviewComment}</p>}
                {report.attachments.length > 0 && (
                  <p className="mt-1 break-all">佐证材料：{report.attachments.map((a) => `${a.fileName}（${formatBytes(a.sizeBytes)}）`).join("、")}</p>
                )}
                <ol className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-3">
                  {report.events.map((e) => (
                    <li key={e.id}>
                      {formatDateTime(e.createdAt)} · {who(names, e.actorUserId)}：{reportEventLabel(e.action)}
                      {e.comment ? `（${e.comment}）` : ""}
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function SnapshotView({ snapshot, actorNames }: { snapshot: DeletionSnapshot; actorNames: Names }) {
  if (snapshot.tasks.length === 0) return <p className="text-sm text-slate-500">删除时没有任务记录</p>;
  return (
    <ul className="space-y-3 text-sm" data-testid="snapshot">
      {snapshot.tasks.map((task) => (
        <TaskBlock key={task.id} task={task} names={actorNames} />
      ))}
    </ul>
  );
}
