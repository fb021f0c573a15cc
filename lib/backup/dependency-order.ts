// Tables in an order that loads without breaking a foreign key: every table
// after the tables it references. A table referencing itself (tenants,
// sections) needs nothing: its keys are checked at the end of its COPY.
export interface TableDependencies {
  name: string;
  dependsOn: readonly string[];
}

export function orderByDependencies<T extends TableDependencies>(tables: readonly T[]): T[] {
  const known = new Set(tables.map((t) => t.name));
  const waiting = new Map(tables.map((t) => [t.name, new Set(t.dependsOn.filter((d) => d !== t.name && known.has(d)))]));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: T[] = [];
  while (waiting.size > 0) {
    // Alphabetical among the ready ones, so the archive's order is stable.
    const ready = [...waiting].filter(([, deps]) => deps.size === 0).map(([name]) => name);
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among: ${[...waiting.keys()].sort().join(", ")}`);
    for (const name of ready.sort()) {
      ordered.push(byName.get(name)!);
      waiting.delete(name);
      for (const deps of waiting.values()) deps.delete(name);
    }
  }
  return ordered;
}
