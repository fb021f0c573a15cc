// The district comparison's ranking (名次): task completion, on-time
// reporting, or one catalogue indicator against its target path. Competition
// ranking (1, 1, 3) by the bulletins' rankRows, rates compared as exact
// fractions; a district without tasks, judged slots or a judged value ranks
// after every real one; equal districts are listed by name.
import { byName, compareFractionsDesc, rankRows } from "@/lib/bulletin/rank";
import type { Judgement } from "@/lib/vocabulary";
import type { IndicatorComparison, DistrictComparison } from "./compare-indicator";
import type { DistrictCompletion } from "./district-completion";
import type { DistrictSort } from "./district-sort";

export interface DistrictStanding extends DistrictCompletion {
  rank: number;
  /** The district's row of every compared indicator, in the comparisons' order. */
  indicators: DistrictComparison[];
}

/** Better first: further ahead of the path is better; no judgement last. */
const JUDGEMENT_RANK: Record<Judgement, number> = { ahead: 0, "on-track": 1, behind: 2, "no-data": 3 };

function compareIndicatorRows(a: DistrictComparison | undefined, b: DistrictComparison | undefined): number {
  const ja = JUDGEMENT_RANK[a?.status ?? "no-data"];
  const jb = JUDGEMENT_RANK[b?.status ?? "no-data"];
  if (ja !== jb) return ja - jb;
  const la = a?.lead ?? null;
  const lb = b?.lead ?? null;
  if (la === null || lb === null) return (la === null ? 1 : 0) - (lb === null ? 1 : 0);
  return lb - la;
}

export function rankDistricts(completion: readonly DistrictCompletion[], comparisons: readonly IndicatorComparison[], sort: DistrictSort): DistrictStanding[] {
  const rows = completion.map((d) => ({
    ...d,
    id: d.tenant.code,
    name: d.tenant.name,
    indicators: comparisons.map((c) => c.districts.find((x) => x.tenant.code === d.tenant.code)!),
  }));
  const position = sort.by === "indicator" ? comparisons.findIndex((c) => c.indicator.code === sort.code) : -1;
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]): number => {
    if (sort.by === "on-time") return compareFractionsDesc({ numerator: a.onTime, denominator: a.slots }, { numerator: b.onTime, denominator: b.slots });
    if (sort.by === "indicator") return compareIndicatorRows(a.indicators[position], b.indicators[position]);
    return compareFractionsDesc({ numerator: a.completed, denominator: a.total }, { numerator: b.completed, denominator: b.total });
  };
  return rankRows(rows, compare, byName).map(({ id: _id, name: _name, ...row }) => row);
}
