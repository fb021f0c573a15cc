"use client";

import { useState } from "react";
import type { DraftTarget } from "@/lib/plans/import/draft";
import { API_COMPARATORS, type ApiComparator, COMPARATOR_FROM_API, comparatorOptionLabel } from "@/lib/vocabulary";
import { INPUT, SMALL_BUTTON } from "./field-styles";

/** Number inputs keep their own text so "-" or "" while typing is not forced to 0. */
function NumberInput({
  label,
  value,
  onChange,
  integer,
}: {
  label: string;
  value: number | null | undefined;
  onChange: (v: number | null) => void;
  integer?: boolean;
}) {
  const [text, setText] = useState(value === null || value === undefined || Number.isNaN(value) ? "" : String(value));
  return (
    <input
      aria-label={label}
      inputMode={integer ? "numeric" : "decimal"}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const t = e.target.value.trim();
        onChange(t === "" ? null : Number(t));
      }}
      className={`${INPUT} w-24`}
    />
  );
}

export function DraftTargetsEditor({ targets, onChange }: { targets: DraftTarget[]; onChange: (targets: DraftTarget[]) => void }) {
  const set = (key: string, patch: Partial<DraftTarget>) => onChange(targets.map((t) => (t.key === key ? { ...t, ...patch } : t)));
  if (targets.length === 0) return null;
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-medium text-slate-700">目标</legend>
      {targets.map((t) => (
        <div key={t.key} className="space-y-2 rounded-md bg-slate-50 p-2" data-testid="draft-target">
          <input aria-label="目标内容" value={t.text} maxLength={1000} onChange={(e) => set(t.key, { text: e.target.value })} className={INPUT} />
          <div className="flex flex-wrap items-center gap-2">
            <select
              aria-label="比较方式"
              value={t.comparator}
              onChange={(e) => set(t.key, { comparator: e.target.value as ApiComparator })}
              className={`${INPUT} w-auto`}
            >
              {API_COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {comparatorOptionLabel(COMPARATOR_FROM_API[c])}
                </option>
              ))}
            </select>
            <NumberInput
              label={t.comparator === "range" ? "下限" : "目标值"}
              value={t.comparator === "range" ? (t.min ?? t.value) : t.value}
              onChange={(v) => set(t.key, t.comparator === "range" ? { value: v ?? Number.NaN, min: v ?? undefined } : { value: v ?? Number.NaN })}
            />
            {t.comparator === "range" && <NumberInput label="上限" value={t.max} onChange={(v) => set(t.key, { max: v ?? undefined })} />}
            <input
              aria-label="计量单位"
              value={t.unit}
              maxLength={20}
              placeholder="单位"
              onChange={(e) => set(t.key, { unit: e.target.value })}
              className={`${INPUT} w-20`}
            />
            <NumberInput label="目标年份" integer value={t.year} onChange={(v) => set(t.key, { year: v })} />
            <button type="button" className={SMALL_BUTTON} onClick={() => onChange(targets.filter((x) => x.key !== t.key))}>
              删除目标
            </button>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
