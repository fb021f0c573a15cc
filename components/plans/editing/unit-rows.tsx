"use client";
// Responsible units as editable rows (name + role); posted as parallel
// unitName / unitRole fields, blank names ignored by the server.
import { useState } from "react";
import { UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";
import { FieldErrorText, SMALL_BUTTON } from "./form-fields";
import { LabelOptions } from "@/components/ui/label-options";

type Row = { key: number; name: string; role: string };

/** A row's two fields: the parallel list each posts as, and its word in the field's accessible name. */
const FIELDS = { name: { post: "unitName", label: "名称" }, role: { post: "unitRole", label: "角色" } } as const;

/** Keys only need to be unique among the rows: one past the largest in use. */
const nextKey = (rows: Row[]) => Math.max(-1, ...rows.map((r) => r.key)) + 1;

export function UnitRows({ initial, errors }: { initial: { name: string; role: string }[]; errors?: string[] }) {
  const [rows, setRows] = useState<Row[]>(() => (initial.length ? initial : [{ name: "", role: "lead" }]).map((u, key) => ({ key, ...u })));
  /** The props that tie a field to its row: posted name, value, edit in place, and "第 n 个单位名称". */
  const bind = (row: Row, i: number, field: keyof typeof FIELDS) => ({
    name: FIELDS[field].post,
    value: row[field],
    onChange: (e: { target: { value: string } }) => setRows((rs) => rs.map((r) => (r.key === row.key ? { ...r, [field]: e.target.value } : r))),
    "aria-label": `第 ${i + 1} 个单位${FIELDS[field].label}`,
  });
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">责任单位</legend>
      {rows.map((row, i) => (
        <div key={row.key} className="flex gap-2" data-testid="unit-row">
          <input
            {...bind(row, i, "name")}
            placeholder="单位名称"
            className="min-h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm"
          />
          <select {...bind(row, i, "role")} className="min-h-10 w-20 shrink-0 rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm">
            <LabelOptions values={UNIT_ROLES} labels={UNIT_ROLE_LABELS} />
          </select>
          <button
            type="button"
            onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
            className={SMALL_BUTTON}
            aria-label={`移除第 ${i + 1} 个单位`}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => setRows((rs) => [...rs, { key: nextKey(rs), name: "", role: rs.length ? "cooperate" : "lead" }])}
        className={SMALL_BUTTON}
      >
        ＋ 添加单位
      </button>
      <FieldErrorText errors={errors} />
    </fieldset>
  );
}
