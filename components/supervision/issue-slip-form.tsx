"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import type { SlipLevel } from "@/lib/generated/prisma/enums";
import { issueSlipAction } from "@/lib/supervision/slips/actions";
import type { SlipDraft } from "@/lib/supervision/slips/slip-draft";
import { SLIP_FIELD_LABELS, SLIP_LEVEL_LABELS, SLIP_LEVELS } from "@/lib/vocabulary";

const INPUT = "block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm";

/** 下发督办单: unit, level (suggested by the task's light), body (prefilled per unit) and reply-by date. */
export function IssueSlipForm({ draft }: { draft: SlipDraft }) {
  const [state, action, pending] = useActionState(issueSlipAction, null);
  const [unitId, setUnitId] = useState(draft.units[0]?.id ?? "");
  const [level, setLevel] = useState<SlipLevel>(draft.level);
  const [body, setBody] = useState(draft.units[0]?.body ?? "");
  const errors = fieldErrors(state);
  const chooseUnit = (id: string) => {
    // The default text names the unit: follow the choice unless staff already wrote their own.
    if (draft.units.some((u) => u.body === body)) setBody(draft.units.find((u) => u.id === id)?.body ?? body);
    setUnitId(id);
  };
  return (
    <form action={action} className="space-y-3" data-testid="issue-slip-form">
      <input type="hidden" name="taskId" value={draft.taskId} />
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{SLIP_FIELD_LABELS.unit}</span>
        <select name="orgUnitId" value={unitId} onChange={(e) => chooseUnit(e.target.value)} className={INPUT}>
          {draft.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">
          {SLIP_FIELD_LABELS.level}
          {draft.suggested && <span className="ml-1 font-normal text-slate-500">（按亮灯建议）</span>}
        </span>
        <select name="level" value={level} onChange={(e) => setLevel(e.target.value as SlipLevel)} className={INPUT}>
          {SLIP_LEVELS.map((l) => (
            <option key={l} value={l}>
              {SLIP_LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{SLIP_FIELD_LABELS.body}</span>
        <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={7} maxLength={2000} className={`${INPUT} py-2`} />
        {errors?.body && <span className="mt-1 block text-xs text-red-600">{errors.body.join("；")}</span>}
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{SLIP_FIELD_LABELS.replyBy}</span>
        <input type="date" name="replyBy" defaultValue={draft.replyBy} min={draft.minReplyBy} className={INPUT} />
        {errors?.replyBy && <span className="mt-1 block text-xs text-red-600">{errors.replyBy.join("；")}</span>}
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "正在下发…" : "下发督办单"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
