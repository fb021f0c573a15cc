// The task page's 督办 panel: each unit's 交办/签收 state, the unit's actions
// (签收, 延期申请, 办结销号申请) and the staff's (交办, decisions), and the
// requests with the original due date kept visible.
import { Card } from "@/components/ui/card";
import type { TaskSupervision } from "@/lib/supervision/queries/task-supervision";
import { ASSIGNMENT_STATE_LABELS, assignmentState } from "@/lib/vocabulary";
import { RequestItem } from "./request-item";
import { AcknowledgeButton, AssignTaskButton, ClosingForm, ExtensionForm } from "./supervision-forms";

const STATE_STYLE = { unassigned: "text-slate-500", awaiting: "text-amber-700", acknowledged: "text-green-700" } as const;

export function SupervisionPanel({ taskId, dueDate, data }: { taskId: string; dueDate: string | null; data: TaskSupervision }) {
  const { actions } = data;
  // Staff act for any linked unit and pick it; a reporter acts for their own.
  const pickUnit = data.canManage;
  return (
    <Card title="督办">
      <div className="space-y-4" data-testid="supervision-panel">
        {data.originalDueDate && (
          <p className="text-sm">
            原完成时限 <span className="font-medium">{data.originalDueDate}</span>，现为 {dueDate ?? "—"}
          </p>
        )}
        {data.units.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="supervision-no-units">
            该任务没有承担单位，暂不能交办。请本局管理员在“规划 → 编辑”中为它补充牵头或责任单位。
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {data.units.map((u) => {
              const state = assignmentState(u);
              return (
                <li key={u.orgUnitId} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                  <span className="break-words">{u.name}</span>
                  <span className={`text-xs ${STATE_STYLE[state]}`}>
                    {ASSIGNMENT_STATE_LABELS[state]}
                    {state === "acknowledged" ? ` ${u.acknowledgedOn}` : state === "awaiting" ? `（${u.assignedOn} 交办）` : ""}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        {data.canManage && actions.assignable > 0 && <AssignTaskButton taskId={taskId} count={actions.assignable} />}
        {actions.acknowledge.length > 0 && (
          <div className="space-y-2">
            {!pickUnit && <p className="text-sm font-medium text-amber-700">待签收：本单位已收到交办，请签收</p>}
            {actions.acknowledge.map((u) => (
              <AcknowledgeButton key={u.orgUnitId} taskId={taskId} unit={u} pickUnit={pickUnit} />
            ))}
          </div>
        )}
        {actions.extension.length > 0 && dueDate && (
          <details className="rounded-md border border-slate-200 p-2">
            <summary className="cursor-pointer text-sm font-medium">申请延期</summary>
            <div className="pt-2">
              <ExtensionForm taskId={taskId} units={actions.extension} pickUnit={pickUnit} minDate={dueDate} />
            </div>
          </details>
        )}
        {actions.closing.length > 0 && (
          <details className="rounded-md border border-slate-200 p-2">
            <summary className="cursor-pointer text-sm font-medium">申请办结销号</summary>
            <div className="pt-2">
              <ClosingForm taskId={taskId} units={actions.closing} pickUnit={pickUnit} />
            </div>
          </details>
        )}
        {data.requests.length > 0 && (
          <div className="space-y-3 border-t border-slate-100 pt-3">
            <h3 className="text-sm font-semibold">延期与销号申请</h3>
            {data.requests.map((r) => (
              <RequestItem key={r.id} request={r} canDecide={data.canManage} />
            ))}
          </div>
        )}
      </div>
    </Card>
  );
}
