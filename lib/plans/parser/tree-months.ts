/**
 * A school's 月份工作安排 (and a bureau's 月度安排) lists the month's items
 * under a line that names the month and nothing else:
 *
 *   二月份（2月23日—2月28日）
 *   1.开学报到、注册，发放教材。
 *   三月份
 *   1.学雷锋主题教育活动。
 *
 * Such a line heads a group of its own, ranked as a 督办事项 is (above the
 * 1. items, below （一）), so each month's items are its tasks instead of the
 * month line running on in the last item of the month before. The first
 * only in a section (not inside a task's own steps), the next ones also after
 * the items of a month; each only over numbered items.
 */
import { matchNumberedHeading, RANK, type HeadingMatch } from "./headings";
import type { SourceLine } from "./normalize";
import type { Node } from "./tree";
import { parseAnyNumber } from "./numerals";

const MONTH_LINE = /^((?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*月份?)\s*(?:[（(][^（()）]{0,30}[)）])?$/;
const GROUP_RANK = RANK["named-item"];

/** A month group's node: its heading has no marker of its own. */
export const isMonthGroup = (node: Pick<Node, "rank" | "marker">) => node.rank === GROUP_RANK && node.marker === "";

/** lines[i] as a month group's heading, when it is one here (`open`: the headings open, outermost first). */
export function monthGroupAt(lines: readonly SourceLine[], i: number, open: readonly Node[]): HeadingMatch | null {
  const openRank = open[open.length - 1]?.rank ?? 0;
  if (openRank > GROUP_RANK && !open.some(isMonthGroup)) return null;
  const text = lines[i]?.text ?? "";
  const m = MONTH_LINE.exec(text);
  if (!m) return null;
  const word = (m[1] ?? "").replace(/\s*月份?$/, "");
  const month = parseAnyNumber(word);
  if (month === null || month < 1 || month > 12) return null;
  const next = matchNumberedHeading(lines[i + 1]?.text ?? "");
  if (!next || next.rank <= GROUP_RANK) return null;
  return { style: "named-item", rank: GROUP_RANK, number: month, marker: "", rest: text };
}
