/** Nests sections by parentId (kept in position order) and files each task under its section. */
export function buildSectionTree<S extends { id: string; parentId: string | null }, T extends { sectionId: string }>(
  sections: S[],
  tasks: T[],
): (S & { sections: unknown[]; tasks: T[] })[] {
  type Node = S & { sections: Node[]; tasks: T[] };
  const nodes = new Map<string, Node>(sections.map((s) => [s.id, { ...s, sections: [], tasks: [] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.sections : roots).push(node);
  }
  for (const task of tasks) nodes.get(task.sectionId)?.tasks.push(task);
  return roots;
}
