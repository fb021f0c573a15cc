/**
 * A 推进计划表 marks the months (or quarters) of each task's work with a symbol instead of words:
 * ● in 3月 … 6月, ★ in 7月. The symbol is no milestone's title; what it stands for is, as the
 * document's legend says it (说明：“●”表示该月为主要推进时段，“★”表示节点任务完成月份), or
 * 按计划推进 when the document gives no legend.
 */
const MARKS = "●○◎★☆▲△■□◆◇√✓✔※";
const MARK_ONLY = new RegExp(`^[${MARKS}]$`);
const LEGEND = new RegExp(`[“"「‘']?([${MARKS}])[”"」’']?\\s*(?:表示|代表|为|指)\\s*([^，。；;,、“"「]{2,24})`, "g");
/** 该月为主要推进时段: what the month is, not which month. */
const WHICH_STAGE = /^(?:该|当|本|此)(?:月|季度|阶段|时段)(?:份)?(?:为|是)?/;
const UNKNOWN_MARK = "按计划推进";

export type MarkLegend = ReadonlyMap<string, string>;

/** A cell that holds only a mark (● or ★ with spaces around it). */
export function isStageMark(text: string): boolean {
  return MARK_ONLY.test(text.replace(/\s/g, ""));
}

/** What each mark stands for, from the lines that explain them. */
export function markLegend(lines: readonly string[]): MarkLegend {
  const legend = new Map<string, string>();
  for (const line of lines) {
    for (const m of line.matchAll(LEGEND)) {
      const meaning = (m[2] ?? "").trim().replace(WHICH_STAGE, "");
      if (meaning && !legend.has(m[1]!)) legend.set(m[1]!, meaning);
    }
  }
  return legend;
}

/** The title of the milestone a marked cell makes. */
export function markTitle(text: string, legend: MarkLegend): string {
  return legend.get(text.replace(/\s/g, "")) ?? UNKNOWN_MARK;
}
