// The plan's tasks in document order, grouped under their section's title,
// with only the fields the publication shows: status and progress when
// chosen, the responsible leaders' names when chosen. No goal or source text,
// no units, no reports.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import type { PublicSection, PublicShown, PublicTask } from "./types";

/** A plan is a document of at most a few hundred tasks; the bound keeps a runaway one off the page. */
const MAX_PUBLIC_TASKS = 2_000;

export async function readPublicSections(tx: Tx, tenantId: string, planId: string, shown: PublicShown): Promise<PublicSection[]> {
  const tasks = await tx.task.findMany({
    where: { tenantId, planId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: MAX_PUBLIC_TASKS,
    select: {
      number: true,
      title: true,
      deadlineText: true,
      dueDate: true,
      status: shown.progress,
      progress: shown.progress,
      section: { select: { id: true, title: true } },
      // Not shown: none are read (take 0), so no name can slip into the snapshot.
      leaders: { select: { person: { select: { name: true } } }, orderBy: { person: { name: "asc" } }, take: shown.leaders ? undefined : 0 },
    },
  });
  const sections: (PublicSection & { id: string })[] = [];
  for (const t of tasks) {
    const task: PublicTask = { number: t.number, title: t.title, deadline: t.deadlineText ?? (t.dueDate ? formatDate(t.dueDate) : null) };
    if (shown.progress) Object.assign(task, { status: t.status, progress: t.progress });
    if (shown.leaders) task.leaders = t.leaders.map((l) => l.person.name);
    const last = sections.at(-1);
    if (last?.id === t.section.id) last.tasks.push(task);
    else sections.push({ id: t.section.id, title: t.section.title, tasks: [task] });
  }
  return sections.map(({ title, tasks }) => ({ title, tasks }));
}
