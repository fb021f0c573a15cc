"use client";
// Select tasks in the review and give them all the same leaders or units at
// once: a 任务分解表 often names its leader or units once for a whole block.

import { useState } from "react";
import { LabelOptions } from "@/components/ui/label-options";
import type { UnitRole } from "@/lib/generated/prisma/enums";
import { assignLeaders, assignUnits, type BulkMode } from "@/lib/plans/import/bulk-assign";
import { splitNames, type DraftTask } from "@/lib/plans/import/draft";
import { UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";
import { INPUT, SMALL_BUTTON } from "./field-styles";

/** Unit names keep inner spaces; only list separators split them. */
const splitUnits = (text: string) =>
  text
    .split(/[、，,；;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function BulkAssignBar({
  selectedCount,
  taskCount,
  onSelectAll,
  onApply,
}: {
  selectedCount: number;
  taskCount: number;
  onSelectAll: (all: boolean) => void;
  onApply: (update: (task: DraftTask) => DraftTask) => void;
}) {
  const [leaders, setLeaders] = useState("");
  const [units, setUnits] = useState("");
  const [role, setRole] = useState<UnitRole>("lead");
  const [mode, setMode] = useState<BulkMode>("add");
  const [done, setDone] = useState("");
  const apply = (what: string, names: string[], update: (task: DraftTask) => DraftTask) => {
    if (names.length === 0) return setDone(`请先填写${what}`);
    onApply(update);
    // A section's own 本部分所有任务 leaders and units still apply to its tasks on import.
    const kept = mode === "replace" ? "（部分标题下统一写明的领导、单位仍会保留）" : "";
    setDone(`已为所选 ${selectedCount} 项任务${mode === "add" ? "添加" : "设置"}${what}：${names.join("、")}${kept}`);
  };
  return (
    <section className="space-y-2 rounded-xl border border-slate-200 bg-slate-50 p-3 text-sm" aria-label="批量设置" data-testid="bulk-assign">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            className="size-4"
            checked={taskCount > 0 && selectedCount === taskCount}
            ref={(box) => {
              if (box) box.indeterminate = selectedCount > 0 && selectedCount < taskCount;
            }}
            onChange={(e) => onSelectAll(e.target.checked)}
          />
          全选
        </label>
        <span data-testid="bulk-selected">
          已选 {selectedCount} / {taskCount} 项
        </span>
        <span className="flex items-center gap-3" role="radiogroup" aria-label="批量方式">
          <label className="flex items-center gap-1">
            <input type="radio" name="bulk-mode" checked={mode === "add"} onChange={() => setMode("add")} /> 追加
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="bulk-mode" checked={mode === "replace"} onChange={() => setMode("replace")} /> 替换
          </label>
        </span>
      </div>
      <fieldset disabled={selectedCount === 0} className="grid gap-2 sm:grid-cols-2">
        <div className="flex gap-2">
          <input
            aria-label="批量责任领导"
            placeholder="责任领导，如 王明、李华"
            value={leaders}
            onChange={(e) => setLeaders(e.target.value)}
            className={INPUT}
          />
          <button
            type="button"
            className={`${SMALL_BUTTON} shrink-0`}
            onClick={() => apply("责任领导", splitNames(leaders), (t) => assignLeaders(t, splitNames(leaders), mode))}
          >
            设置领导
          </button>
        </div>
        <div className="flex gap-2">
          <input aria-label="批量单位" placeholder="单位，如 基础教育科、财务科" value={units} onChange={(e) => setUnits(e.target.value)} className={INPUT} />
          <select aria-label="批量单位角色" value={role} onChange={(e) => setRole(e.target.value as UnitRole)} className={`${INPUT} w-auto`}>
            <LabelOptions values={UNIT_ROLES} labels={UNIT_ROLE_LABELS} />
          </select>
          <button
            type="button"
            className={`${SMALL_BUTTON} shrink-0`}
            onClick={() => apply(UNIT_ROLE_LABELS[role], splitUnits(units), (t) => assignUnits(t, splitUnits(units), role, mode))}
          >
            设置单位
          </button>
        </div>
      </fieldset>
      {selectedCount === 0 && <p className="text-xs text-slate-500">勾选任务后，可一次为它们设置责任领导或单位。</p>}
      <p role="status" className="text-xs text-green-800">
        {done}
      </p>
    </section>
  );
}
