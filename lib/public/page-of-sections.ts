// The public plan page lists its tasks a page at a time (every list is
// paginated; a 300-task plan would also be a heavy page for a phone and for
// the server under a surge). The snapshot is cached whole; a page is a slice
// of it, tasks kept under their sections' titles.
import type { Page } from "@/lib/pagination";
import type { PublicSection } from "./types";

export const PUBLIC_TASKS_PER_PAGE = 40;

export function pageOfSections(sections: PublicSection[], requested: number, perPage = PUBLIC_TASKS_PER_PAGE): Page<PublicSection> {
  const total = sections.reduce((n, s) => n + s.tasks.length, 0);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, requested), pageCount);
  const [from, to] = [(page - 1) * perPage, page * perPage];
  const items: PublicSection[] = [];
  let index = 0;
  for (const section of sections) {
    const start = Math.max(from - index, 0);
    const end = Math.min(to - index, section.tasks.length);
    if (start < end) items.push({ title: section.title, tasks: section.tasks.slice(start, end) });
    index += section.tasks.length;
  }
  return { items, total, page, pageCount };
}
