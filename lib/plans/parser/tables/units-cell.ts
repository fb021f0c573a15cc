/**
 * A units cell of a task table as one list of units with their roles. Most
 * cells are a list under the column's role (配合单位: 县财政局、县人社局); some
 * say each unit's role themselves: 牵头：督导室；配合：基础教育股 (or one label
 * a line), or 由后勤服务中心负责.
 */
import type { ResponsibleUnit, UnitRole } from "../types";
import { isRoleWord, roleOfWord, ROLE_WORDS } from "../role-words";
import { splitUnits } from "../names";
import { listOf } from "./grid";

/** 牵头：督导室；配合：基础教育股 in one cell, or 由后勤服务中心负责: each piece's role is its own word's. */
const ROLE_PIECE = new RegExp(`^(?:(${ROLE_WORDS}|责任)(?:单位|部门|科室|股室|处室)?\\s*[:：]\\s*(.+)|由(.+?)(${ROLE_WORDS}|负责|落实|实施))$`);

/** A line break before 配合： starts a piece of its own. */
const ROLE_LINE_BREAK = new RegExp(`\\n(?=(?:${ROLE_WORDS}|责任)(?:单位|部门|科室|股室|处室)?\\s*[:：])`, "g");

export function unitsCell(text: string, role: UnitRole): ResponsibleUnit[] {
  const pieces = text
    .replace(ROLE_LINE_BREAK, "；")
    .split(/[；;]/)
    .map((p) =>
      listOf(p)
        .trim()
        .replace(/[。，,]$/, ""),
    )
    .filter(Boolean);
  const said = pieces.map((p) => ROLE_PIECE.exec(p));
  if (!said.some(Boolean)) return splitUnits(listOf(text), role);
  return pieces.flatMap((piece, i) => {
    const m = said[i];
    if (!m) return splitUnits(piece, role);
    const word = m[1] ?? m[4] ?? "";
    const own: UnitRole = isRoleWord(word) ? roleOfWord(word) : role;
    return splitUnits(m[2] ?? m[3] ?? "", own);
  });
}
