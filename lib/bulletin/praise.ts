// Who a bulletin praises (通报表扬). Ranking first is relative: when every unit
// misses deadlines, the least bad one ranks first, and an official document
// praising a unit that filed half its reports late tells every reader the
// bulletin was not read before it went out. Praise is earned: ranked first,
// every report of the period on time, none overdue. Nobody earned it, no praise.
import type { StandingCounts } from "./rank";

type Standing = Pick<StandingCounts, "name" | "slots" | "onTime" | "overdue"> & { rank: number };

export function praiseSentence(ranked: readonly Standing[]): string | null {
  const names = ranked.filter((u) => u.rank === 1 && u.slots > 0 && u.onTime === u.slots && u.overdue === 0).map((u) => u.name);
  return names.length > 0 ? `${names.join("、")}综合排名第一，按时报送率100%，予以通报表扬。` : null;
}
