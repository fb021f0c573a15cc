import type { SectionNode } from "@/lib/plans/queries/get-plan";
import type { TaskGroupRollups } from "@/lib/reports/queries/task-group-rollups";
import { TaskRow } from "./task-row";

/** Sections in document order, nested; each lists its tasks. */
export function SectionTree({ sections, rollups, depth = 0 }: { sections: SectionNode[]; rollups?: TaskGroupRollups; depth?: number }) {
  return (
    <div className={depth === 0 ? "space-y-4" : "mt-3 space-y-3"}>
      {sections.map((s) => (
        <section
          key={s.id}
          className={depth === 0 ? "rounded-xl border border-slate-200 bg-white shadow-sm" : "border-l-2 border-slate-100 pl-3"}
          data-testid="plan-section"
        >
          <h3 className={depth === 0 ? "border-b border-slate-100 px-4 py-3 text-base font-semibold" : "px-1 text-sm font-semibold text-slate-700"}>
            {s.title}
          </h3>
          {s.tasks.length > 0 && (
            <ul className="divide-y divide-slate-100">
              {s.tasks.map((t) => (
                <TaskRow key={t.id} task={t} groupRollups={rollups?.get(t.id)} />
              ))}
            </ul>
          )}
          {s.sections.length > 0 && (
            <div className={depth === 0 ? "px-4 pb-4" : ""}>
              <SectionTree sections={s.sections} rollups={rollups} depth={depth + 1} />
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
