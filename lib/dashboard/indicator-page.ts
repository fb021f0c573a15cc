// One page of the indicator list: filtered by judgement, the page number
// clamped to the last page (a filter may leave fewer pages than the link
// asked for), and the counts per judgement over the whole list.
import { toPage, type Page } from "@/lib/pagination";
import { type Judgement, JUDGEMENTS } from "@/lib/vocabulary";
import { INDICATOR_PAGE_SIZE, type IndicatorListView } from "./indicator-list-view";

interface Judged {
  result: { judgement: Judgement };
}

export function countByJudgement(items: readonly Judged[]): Record<Judgement, number> {
  const counts = Object.fromEntries(JUDGEMENTS.map((j) => [j, 0])) as Record<Judgement, number>;
  for (const item of items) counts[item.result.judgement] += 1;
  return counts;
}

export function selectIndicatorPage<T extends Judged>(items: readonly T[], view: IndicatorListView, pageSize = INDICATOR_PAGE_SIZE): Page<T> {
  const filtered = view.judgement ? items.filter((i) => i.result.judgement === view.judgement) : items;
  const page = Math.min(view.page, Math.max(1, Math.ceil(filtered.length / pageSize)));
  return toPage(filtered.slice((page - 1) * pageSize, page * pageSize), filtered.length, page, pageSize);
}
