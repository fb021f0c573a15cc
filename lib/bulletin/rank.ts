// Competition ranking (1, 1, 3): rows that compare equal share a rank and the
// next rank skips. Done here rather than with SQL RANK() because rates are
// compared as exact fractions (1/3 ties 2/6), which numeric division in SQL
// only approximates.

export interface Fraction {
  numerator: number;
  denominator: number;
}

/** a/b against c/d without division; an empty fraction (0/0, no slots or no tasks) sorts after every real one. */
export function compareFractionsDesc(a: Fraction, b: Fraction): number {
  if (a.denominator === 0 || b.denominator === 0) return (a.denominator === 0 ? 1 : 0) - (b.denominator === 0 ? 1 : 0);
  return b.numerator * a.denominator - a.numerator * b.denominator;
}

export function fractionValue(f: Fraction): number | null {
  return f.denominator === 0 ? null : f.numerator / f.denominator;
}

/**
 * Sorts by `compare` (0 = tied), then by `tieOrder` so the order is the same
 * every time, and numbers the rows: tied rows share the rank of the first.
 */
export function rankRows<T>(rows: readonly T[], compare: (a: T, b: T) => number, tieOrder: (a: T, b: T) => number): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => compare(a, b) || tieOrder(a, b));
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((row, index) => {
    const previous = ranked[index - 1];
    const rank = previous && compare(sorted[index - 1]!, row) === 0 ? previous.rank : index + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
}

/** Names in the order a Chinese reader expects (pinyin), then by id so equal names stay put. */
export function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, "zh-CN") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What a bulletin ranks a unit or a district by. */
export interface StandingCounts {
  id: string;
  name: string;
  slots: number;
  onTime: number;
  overdue: number;
  tasks: number;
  done: number;
}

export type Ranked<T> = T & {
  rank: number;
  /** onTime / slots, 0..1; null with no slot in the period. */
  onTimeRate: number | null;
  /** done / tasks, 0..1; null with no task. */
  doneRate: number | null;
};

/**
 * A bulletin's ranking: 按时报送率 (higher first), then 完成率 (higher first),
 * then 逾期数 (fewer first); rows equal on all three share a rank (1, 1, 3)
 * and are listed by name. No slot (or no task) ranks after any rate.
 */
export function rankStandings<T extends StandingCounts>(rows: readonly T[]): Ranked<T>[] {
  const onTime = (u: T) => ({ numerator: u.onTime, denominator: u.slots });
  const done = (u: T) => ({ numerator: u.done, denominator: u.tasks });
  return rankRows(rows, (a, b) => compareFractionsDesc(onTime(a), onTime(b)) || compareFractionsDesc(done(a), done(b)) || a.overdue - b.overdue, byName).map(
    (u) => ({ ...u, onTimeRate: fractionValue(onTime(u)), doneRate: fractionValue(done(u)) }),
  );
}
