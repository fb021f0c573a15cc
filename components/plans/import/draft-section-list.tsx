"use client";

import type { DraftSection } from "@/lib/plans/import/draft";
import { UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import type { ParseWarning } from "@/lib/plans/parser/types";
import { DraftTaskCard, type TaskUpdater } from "./draft-task-card";

// Stable empty list, so memoised task cards without warnings keep equal props.
const NONE: ParseWarning[] = [];

export function DraftSectionList({
  sections,
  warnings,
  onUpdate,
  selected,
  onToggle,
  depth = 0,
}: {
  sections: DraftSection[];
  /** Warnings per task key, computed once per preview. */
  warnings: Map<string, ParseWarning[]>;
  onUpdate: TaskUpdater;
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  depth?: number;
}) {
  return (
    <div className={depth === 0 ? "space-y-4" : "mt-3 space-y-3 border-l-2 border-slate-200 pl-3"}>
      {sections.map((s) => (
        <section key={s.key} data-testid="draft-section">
          <h3 className={depth === 0 ? "mb-2 text-base font-semibold" : "mb-2 text-sm font-semibold text-slate-700"}>
            {s.number !== null && depth === 0 ? `${s.number}. ` : ""}
            {s.title || "（未命名部分）"}
          </h3>
          {(s.leaders.length > 0 || s.units.length > 0) && (
            <p className="mb-2 text-xs text-slate-500">
              本部分所有任务：{s.leaders.length > 0 && `责任领导 ${s.leaders.join("、")}`}
              {s.units.length > 0 && ` 单位 ${s.units.map((u) => `${u.name}（${UNIT_ROLE_LABELS[u.role]}）`).join("、")}`}
            </p>
          )}
          {s.tasks.length > 0 && (
            <ul className="space-y-2">
              {s.tasks.map((t) => (
                <DraftTaskCard
                  key={t.key}
                  task={t}
                  warnings={warnings.get(t.key) ?? NONE}
                  onUpdate={onUpdate}
                  selected={selected.has(t.key)}
                  onToggle={onToggle}
                />
              ))}
            </ul>
          )}
          {s.sections.length > 0 && (
            <DraftSectionList sections={s.sections} warnings={warnings} onUpdate={onUpdate} selected={selected} onToggle={onToggle} depth={depth + 1} />
          )}
        </section>
      ))}
    </div>
  );
}
