/**
 * 序号 written in two levels (1, 1.1, 1.2, 2, 2.1): the row numbered 1 is the
 * group its 1.x rows divide into tasks. A row whose number no 1.x row follows
 * is an ordinary task; 1.x rows without their group row are counted on.
 */
import type { TableBlock } from "../blocks";
import { cellText } from "./grid";

const SUB_NUMBER = /^(\d{1,3})\s*[.．\-－—]\s*(\d{1,3})$/;

/** 2.3 → { group: 2, item: 3 }. */
export function subNumberOf(text: string): { group: number; item: number } | null {
  const m = SUB_NUMBER.exec(text.trim());
  return m ? { group: Number(m[1]), item: Number(m[2]) } : null;
}

/** The group numbers that 1.x rows below `from` name. */
export function subNumberedGroups(table: TableBlock, numberCol: number, from: number): Set<number> {
  const groups = new Set<number>();
  if (numberCol < 0) return groups;
  for (let i = from; i < table.rows.length; i++) {
    const sub = subNumberOf(cellText(table.rows[i]!, numberCol));
    if (sub) groups.add(sub.group);
  }
  return groups;
}
