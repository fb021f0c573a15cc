/**
 * A goals chapter whose every item names who answers for it is a list of tasks: a 目标责任书's
 * 一、目标任务 / 1.高考本科上线率达到75%以上。（责任人：赵立群）, where a 规划's 主要目标 states the
 * plan's targets and names no one. Asked when the chapter's heading opens, of the lines under it.
 */
import { extractInlineFields, matchLabelLine } from "./fields";
import { matchNumberedHeading } from "./headings";
import type { SourceLine } from "./normalize";

/** Items read ahead at most: a goals chapter is short, and the question costs no more than that. */
const MAX_LINES = 200;

const assigning = (kind: string | undefined) => kind === "leaders" || kind === "units";

function assigns(text: string): boolean {
  if (assigning(matchLabelLine(text)?.def.kind)) return true;
  return extractInlineFields(text).fields.some((f) => assigning(f.def.kind));
}

/** Whether the items under the heading at `at` (of rank `rank`) each say who does them. */
export function itemsAssignedBelow(lines: readonly SourceLine[], at: number, rank: number): boolean {
  const items: boolean[] = [];
  let itemRank: number | null = null;
  for (let j = at + 1; j < Math.min(lines.length, at + 1 + MAX_LINES); j++) {
    const text = lines[j]!.text;
    const h = matchNumberedHeading(text);
    if (h && h.rank <= rank) break;
    if (h && (itemRank === null || h.rank === itemRank)) {
      itemRank = h.rank;
      items.push(false);
    }
    if (items.length > 0 && assigns(text)) items[items.length - 1] = true;
  }
  return items.length >= 2 && items.every(Boolean);
}
