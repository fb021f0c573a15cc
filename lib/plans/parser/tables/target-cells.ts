/**
 * A row's figures in columns of their own (指标名称 | 单位 | 2024年基数 | 2025年目标): the goal they state,
 * written out as a sentence the target reader reads (学前三年毛入园率2025年目标：95%), so a bare 12 under
 * 目标值 beside 名 under 单位 is the task's target of 12名, not a stray measure or nothing at all.
 */
import { splitNameUnit } from "../indicators-table";
import type { ColumnRole } from "./columns";
import type { Header } from "./grid";
import { columnOf, proseOf } from "./grid";

/** A figure alone in its cell, perhaps with its bound: 12, 0.95, 72%, 1800个, ≥95, 不低于90. */
const BARE_FIGURE = /^(?:≥|≤|>=|<=|>|<|不低于|不少于|不高于|不超过|达到)?\s*[-+]?\d+(?:\.\d+)?\s*(?:%|‰|[^\d\s]{1,3})?$/;

function cellOf(header: Header, cells: string[], kind: ColumnRole["kind"]): string {
  const j = columnOf(header.columns, kind);
  return j >= 0 ? proseOf(cells[j] ?? "") : "";
}

/** The goal each 目标值 column states for the row, and the 指标名称 alone when no such column gives it a figure. */
export function statedTargets(header: Header, cells: string[]): string[] {
  const { name, unit: nameUnit } = splitNameUnit(cellOf(header, cells, "indicator"));
  const unit = cellOf(header, cells, "measureUnit") || nameUnit || "";
  const goals = header.columns.flatMap((c, j) => {
    if (c?.kind !== "target") return [];
    const cell = proseOf(cells[j] ?? "");
    if (!cell) return [];
    if (!BARE_FIGURE.test(cell)) return [name ? `${name}：${cell}` : cell];
    const figure = /\d$/.test(cell) ? `${cell}${unit}` : cell;
    return [`${name}${c.label}：${figure}`];
  });
  return goals.length > 0 || !name ? goals : [name];
}
