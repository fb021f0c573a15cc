// Pure helpers over the plan page's section tree.
interface Node<T> {
  id: string;
  title: string;
  sections: Node<T>[];
  tasks: T[];
}

/** Every section as a select option, indented by depth, in document order. */
export function sectionOptions<T>(sections: Node<T>[], depth = 0): { id: string; label: string }[] {
  return sections.flatMap((s) => [{ id: s.id, label: `${"\u3000".repeat(depth)}${s.title}` }, ...sectionOptions(s.sections, depth + 1)]);
}

/** Drops sections left without tasks, so a filtered page shows only what matched. */
export function pruneEmpty<T, N extends Node<T>>(sections: N[]): N[] {
  return sections.flatMap((s) => {
    const children = pruneEmpty<T, N>(s.sections as N[]);
    return s.tasks.length > 0 || children.length > 0 ? [{ ...s, sections: children }] : [];
  });
}
