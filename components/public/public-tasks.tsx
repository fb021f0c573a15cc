// The plan's tasks under their sections, with what the publication shows.
import { StatusBadge } from "@/components/plans/status-badge";
import type { PublicSection } from "@/lib/public/types";
import { PUBLIC_PAGE_WORDS } from "@/lib/vocabulary";

export function PublicTasks({ sections }: { sections: PublicSection[] }) {
  if (sections.length === 0) return <p className="text-sm text-slate-600">{PUBLIC_PAGE_WORDS.noTasks}</p>;
  return (
    <div className="space-y-4" data-testid="public-tasks">
      {sections.map((section, i) => (
        <section key={i} className="rounded-xl border border-slate-200 bg-white p-4">
          <h3 className="mb-2 font-semibold break-words">{section.title}</h3>
          <ol className="space-y-3">
            {section.tasks.map((task, j) => (
              <li key={j} className="text-sm">
                <p className="break-words">
                  <span className="mr-1 text-slate-600 tabular-nums">{task.number}.</span>
                  {task.title}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-600">
                  {task.status && <StatusBadge status={task.status} />}
                  {task.progress !== undefined && (
                    <span>
                      {PUBLIC_PAGE_WORDS.progress} {task.progress}%
                    </span>
                  )}
                  {task.deadline && (
                    <span>
                      {PUBLIC_PAGE_WORDS.deadline}：{task.deadline}
                    </span>
                  )}
                  {task.leaders && task.leaders.length > 0 && (
                    <span>
                      {PUBLIC_PAGE_WORDS.leaders}：{task.leaders.join("、")}
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
