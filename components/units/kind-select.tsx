"use client";
// The unit kind <select>, labelled, with the vocabulary's options in filter order.
import { LabelOptions } from "@/components/ui/label-options";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { ORG_UNIT_KIND_LABELS, ORG_UNIT_KINDS } from "@/lib/vocabulary";

export function KindSelect({ id, value, onChange, errors }: { id: string; value: OrgUnitKind; onChange: (kind: OrgUnitKind) => void; errors?: string[] }) {
  return (
    <label htmlFor={id} className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">单位类型</span>
      <select
        id={id}
        name="kind"
        value={value}
        onChange={(e) => onChange(e.target.value as OrgUnitKind)}
        aria-invalid={errors?.length ? true : undefined}
        className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm"
      >
        <LabelOptions labels={ORG_UNIT_KIND_LABELS} values={ORG_UNIT_KINDS} />
      </select>
      {errors?.length ? <span className="mt-1 block text-xs text-red-600">{errors.join("；")}</span> : null}
    </label>
  );
}
