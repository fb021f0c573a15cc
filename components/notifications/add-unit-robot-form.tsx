"use client";
// Gives a unit its own group robot (its 催办, 督办单, overdue notices and digest
// then go there instead of to the bureau's group).
import { useActionState, useState } from "react";
import { setRobotAction } from "@/lib/outbox/actions";
import type { RobotKind } from "@/lib/generated/prisma/enums";
import { ROBOT_KIND_LABELS, ROBOT_KINDS } from "@/lib/vocabulary";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { FILTER_SELECT } from "@/components/ui/filter-form";
import { RobotUrlFields } from "./robot-forms";

export function AddUnitRobotForm({ units }: { units: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(setRobotAction, null);
  const [kind, setKind] = useState<RobotKind>("wecom");
  const errors = fieldErrors(state);
  return (
    <form action={action} className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:max-w-xl">
      <label className="grid gap-1 text-sm">
        单位
        <select name="orgUnitId" required aria-label="单位" className={FILTER_SELECT} defaultValue="">
          <option value="" disabled>
            请选择单位
          </option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm">
        机器人类型
        <select name="kind" aria-label="机器人类型" className={FILTER_SELECT} value={kind} onChange={(e) => setKind(e.target.value as RobotKind)}>
          {ROBOT_KINDS.map((k) => (
            <option key={k} value={k}>
              {ROBOT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <RobotUrlFields kind={kind} errors={errors} />
      <div>
        <Button type="submit" disabled={pending}>
          保存
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
