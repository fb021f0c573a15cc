"use client";
// The 督办 panel's forms: each posts to one action in lib/supervision/actions.ts
// and shows its Chinese result in place.
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { EVIDENCE_ACCEPT } from "@/lib/files/evidence-types";
import {
  acknowledgeAssignmentAction,
  assignPlanTasksAction,
  assignTaskAction,
  decideRequestAction,
  requestClosingAction,
  requestExtensionAction,
} from "@/lib/supervision/actions";

const INPUT = "min-h-10 w-full rounded-md border border-slate-300 px-3 text-sm";
const ERROR = "text-xs text-red-700";

interface UnitChoice {
  orgUnitId: string;
  name: string;
}

/** Staff choose the unit they act for; a reporter's own unit needs no choice. */
function UnitField({ units, pickUnit }: { units: UnitChoice[]; pickUnit: boolean }) {
  if (!pickUnit) return <input type="hidden" name="orgUnitId" value={units[0]?.orgUnitId ?? ""} />;
  return (
    <label className="block text-sm">
      <span className="text-slate-600">代单位</span>
      <select name="orgUnitId" className={INPUT} defaultValue={units[0]?.orgUnitId}>
        {units.map((u) => (
          <option key={u.orgUnitId} value={u.orgUnitId}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AssignTaskButton({ taskId, count }: { taskId: string; count: number }) {
  const f = useFormAction(assignTaskAction);
  return (
    <form {...f.form} className="space-y-2">
      <input type="hidden" name="taskId" value={taskId} />
      <Button type="submit" disabled={f.pending}>
        {f.pending ? "正在交办…" : `交办（${count} 个单位）`}
      </Button>
      <FormMessage state={f.state} />
    </form>
  );
}

export function AssignPlanButton({ planId }: { planId: string }) {
  const f = useFormAction(assignPlanTasksAction, { confirm: "将本规划所有尚未交办的任务交办给其承担单位，并通知各单位填报员。确定吗？" });
  return (
    <form {...f.form} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="planId" value={planId} />
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {f.pending ? "正在交办…" : "全部交办"}
      </Button>
      <FormMessage state={f.state} />
    </form>
  );
}

export function AcknowledgeButton({ taskId, unit, pickUnit }: { taskId: string; unit: UnitChoice; pickUnit: boolean }) {
  const f = useFormAction(acknowledgeAssignmentAction);
  return (
    <form {...f.form} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="orgUnitId" value={unit.orgUnitId} />
      <Button type="submit" disabled={f.pending} aria-label={pickUnit ? `代${unit.name}签收` : "签收"}>
        {pickUnit ? `代${unit.name}签收` : "签收"}
      </Button>
      <FormMessage state={f.state} />
    </form>
  );
}

export function ExtensionForm({ taskId, units, pickUnit, minDate }: { taskId: string; units: UnitChoice[]; pickUnit: boolean; minDate: string }) {
  const f = useFormAction(requestExtensionAction, { reset: true });
  return (
    <form {...f.form} className="space-y-2" aria-label="延期申请">
      <input type="hidden" name="taskId" value={taskId} />
      <UnitField units={units} pickUnit={pickUnit} />
      <label className="block text-sm">
        <span className="text-slate-600">新的完成时限</span>
        <input type="date" name="requestedDueDate" min={minDate} className={INPUT} />
        {f.errors?.requestedDueDate && <span className={ERROR}>{f.errors.requestedDueDate[0]}</span>}
      </label>
      <label className="block text-sm">
        <span className="text-slate-600">延期理由</span>
        <textarea name="reason" maxLength={500} rows={2} className={INPUT} />
        {f.errors?.reason && <span className={ERROR}>{f.errors.reason[0]}</span>}
      </label>
      <Button type="submit" variant="secondary" disabled={f.pending}>
        {f.pending ? "正在提交…" : "申请延期"}
      </Button>
      <FormMessage state={f.state} />
    </form>
  );
}

export function ClosingForm({ taskId, units, pickUnit }: { taskId: string; units: UnitChoice[]; pickUnit: boolean }) {
  const f = useFormAction(requestClosingAction, { reset: true });
  return (
    <form {...f.form} className="space-y-2" aria-label="办结销号申请">
      <input type="hidden" name="taskId" value={taskId} />
      <UnitField units={units} pickUnit={pickUnit} />
      <label className="block text-sm">
        <span className="text-slate-600">完成情况报告</span>
        <textarea name="reason" maxLength={2000} rows={4} className={INPUT} />
        {f.errors?.reason && <span className={ERROR}>{f.errors.reason[0]}</span>}
      </label>
      <label className="block text-sm">
        <span className="text-slate-600">佐证材料（可多选）</span>
        <input type="file" name="files" multiple accept={EVIDENCE_ACCEPT} className="block w-full text-sm" />
      </label>
      <Button type="submit" disabled={f.pending}>
        {f.pending ? "正在提交…" : "申请办结销号"}
      </Button>
      <FormMessage state={f.state} />
    </form>
  );
}

/**
 * Staff approve or refuse in place; a refusal needs the comment. `subject`
 * (任务 3 · 教育科) names the request in each control's accessible name, since a
 * list repeats the same buttons once per request.
 */
export function DecideForm({
  requestId,
  approveLabel,
  rejectLabel,
  subject,
}: {
  requestId: string;
  approveLabel: string;
  rejectLabel: string;
  subject: string;
}) {
  const f = useFormAction(decideRequestAction);
  return (
    <form {...f.form} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <input name="comment" maxLength={500} placeholder="审批意见（不同意时必填）" aria-label={`审批意见（${subject}）`} className={INPUT} />
      {f.errors?.comment && <span className={ERROR}>{f.errors.comment[0]}</span>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approved" disabled={f.pending} aria-label={`${approveLabel}（${subject}）`}>
          {approveLabel}
        </Button>
        <Button type="submit" name="decision" value="rejected" variant="danger" disabled={f.pending} aria-label={`${rejectLabel}（${subject}）`}>
          {rejectLabel}
        </Button>
      </div>
      <FormMessage state={f.state} />
    </form>
  );
}
