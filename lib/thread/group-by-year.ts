// The five-year page shows an item's annual work year by year: every year of
// the plan (empty ones too, so a gap is visible), then any year outside it.
export function groupByYear<T extends { year: number }>(work: T[], startYear: number, endYear: number): { year: number; work: T[] }[] {
  const years = new Map<number, T[]>();
  for (let y = startYear; y <= endYear; y++) years.set(y, []);
  for (const w of work) years.set(w.year, [...(years.get(w.year) ?? []), w]);
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, items]) => ({ year, work: items }));
}
