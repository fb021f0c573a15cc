// Pure helpers over a plan's section tree.
import { buildSectionTree } from "@/lib/plans/queries/section-tree";

interface Node<T> {
  id: string;
  title: string;
  sections: Node<T>[];
  tasks: T[];
}

/** A section as a select offers it: its title indented by its depth. */
export interface SectionOption {
  id: string;
  label: string;
}

interface SectionLike {
  id: string;
  title: string;
  sections: SectionLike[];
}

/** Every section as a select option, indented by depth, in document order (the task filter, the task form). */
export function sectionOptions(sections: SectionLike[], depth = 0): SectionOption[] {
  return sections.flatMap((s) => [{ id: s.id, label: `${"\u3000".repeat(depth)}${s.title}` }, ...sectionOptions(s.sections, depth + 1)]);
}

type SectionRow = { id: string; parentId: string | null; title: string; position: number };

/** Stored section rows, in any order, as the tree sectionOptions reads (siblings by position). */
export function nestSections(rows: SectionRow[]): SectionLike[] {
  return buildSectionTree(
    [...rows].sort((a, b) => a.position - b.position),
    [],
  ) as SectionLike[];
}

/** Drops sections left without tasks, so a filtered page shows only what matched. */
export function pruneEmpty<T, N extends Node<T>>(sections: N[]): N[] {
  return sections.flatMap((s) => {
    const children = pruneEmpty<T, N>(s.sections as N[]);
    return s.tasks.length > 0 || children.length > 0 ? [{ ...s, sections: children }] : [];
  });
}

/** Ids of every task in the tree, in document order. */
export function taskIdsOf(sections: { tasks: { id: string }[]; sections: unknown[] }[]): string[] {
  return sections.flatMap((s) => [...s.tasks.map((t) => t.id), ...taskIdsOf(s.sections as typeof sections)]);
}
