"use client";
// A unit's register controls on its page (bureau admins): its kind, its
// name (the old one becomes a former name the import still maps here), and
// a merge into another unit of the bureau.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/auth/action";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { renameUnitAction, setUnitKindAction } from "@/lib/units/actions";
import { KindSelect } from "./kind-select";
import { MergeButton } from "./merge-button";

export function UnitKindForm({ unitId, kind }: { unitId: string; kind: OrgUnitKind }) {
  const [value, setValue] = useState(kind);
  const [state, action, pending] = useActionState(setUnitKindAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="unitId" value={unitId} />
      <KindSelect id="unit-kind" value={value} onChange={setValue} errors={fieldErrors(state)?.kind} />
      <Button type="submit" disabled={pending}>
        保存类型
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function RenameUnitForm({ unitId, name }: { unitId: string; name: string }) {
  const [value, setValue] = useState(name);
  const [state, action, pending] = useActionState((prev: ActionResult<{ changed: boolean }> | null, form: FormData) => renameUnitAction(prev, form), null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="unitId" value={unitId} />
      <TextField
        label="单位名称"
        name="name"
        required
        maxLength={100}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        errors={fieldErrors(state)?.name}
      />
      <Button type="submit" disabled={pending}>
        重命名
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function MergeIntoForm({ unitId, name, others }: { unitId: string; name: string; others: { id: string; name: string }[] }) {
  const [targetId, setTargetId] = useState("");
  const target = others.find((o) => o.id === targetId);
  return (
    <div className="space-y-3">
      <label htmlFor="merge-target" className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">合并到</span>
        <select
          id="merge-target"
          value={targetId}
          onChange={(e) => setTargetId(e.target.value)}
          className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm"
        >
          <option value="">请选择保留的单位</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <p className="text-xs text-slate-500">合并后，“{name}”的任务、填报、报告和绑定账号都归入所选单位，其名称记为曾用名，以后导入规划时自动对应。</p>
      {target && <MergeButton sourceId={unitId} targetId={target.id} label={`确认合并到“${target.name}”`} goToTarget />}
    </div>
  );
}
