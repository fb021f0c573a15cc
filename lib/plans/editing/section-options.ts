// Pure: the plan's sections in document order (pre-order, siblings by
// position) with their depth, for selects and indented lists.
export interface SectionOption {
  id: string;
  title: string;
  depth: number;
}

export function sectionOptions(sections: { id: string; parentId: string | null; title: string; position: number }[]): SectionOption[] {
  const byParent = new Map<string | null, typeof sections>();
  for (const s of [...sections].sort((a, b) => a.position - b.position)) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s]);
  const out: SectionOption[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const s of byParent.get(parentId) ?? []) {
      out.push({ id: s.id, title: s.title, depth });
      visit(s.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
