"use client";

import type { UnitRole } from "@/lib/generated/prisma/enums";
import { newKey, type DraftUnit } from "@/lib/plans/import/draft";
import { INPUT, SMALL_BUTTON } from "./field-styles";
import { UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";
import { LabelOptions } from "@/components/ui/label-options";

export function DraftUnitsEditor({ units, onChange }: { units: DraftUnit[]; onChange: (units: DraftUnit[]) => void }) {
  const set = (key: string, patch: Partial<DraftUnit>) =>
    // A hand-edited name no longer comes from a shared prefix, so its `raw` goes.
    onChange(units.map((u) => (u.key === key ? { ...u, ...patch, ...(patch.name !== undefined ? { raw: undefined } : {}) } : u)));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">责任单位</legend>
      {units.length === 0 && <p className="text-xs text-slate-500">未识别出单位</p>}
      {units.map((u) => (
        <div key={u.key} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
          <input
            aria-label="单位名称"
            value={u.name}
            maxLength={100}
            onChange={(e) => set(u.key, { name: e.target.value })}
            className={`${INPUT} flex-1 basis-40`}
          />
          <select aria-label="单位角色" value={u.role} onChange={(e) => set(u.key, { role: e.target.value as UnitRole })} className={`${INPUT} w-auto`}>
            <LabelOptions values={UNIT_ROLES} labels={UNIT_ROLE_LABELS} />
          </select>
          <button type="button" className={SMALL_BUTTON} onClick={() => onChange(units.filter((x) => x.key !== u.key))} aria-label={`删除单位 ${u.name}`}>
            删除
          </button>
        </div>
      ))}
      <button type="button" className={SMALL_BUTTON} onClick={() => onChange([...units, { key: newKey("u"), name: "", role: "responsible" }])}>
        添加单位
      </button>
    </fieldset>
  );
}
