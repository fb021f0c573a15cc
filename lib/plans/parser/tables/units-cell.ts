/**
 * A units cell of a task table as one list of units with their roles. Most
 * cells are a list under the column's role (配合单位: 县财政局、县人社局); some
 * say each unit's role themselves: 牵头：督导室；配合：基础教育股 (or one label
 * a line), or 由后勤服务中心负责. Those read as the same words closing a
 * paragraph do (fields.ts), as the bracket they would be written in there.
 */
import type { ResponsibleUnit, UnitRole } from "../types";
import { extractInlineFields } from "../fields";
import { splitUnits } from "../names";
import { ROLE_WORDS } from "../role-words";
import { listOf } from "./grid";

/** A label's colon or an opening 由: the cell may say roles itself. */
const SAYS_ROLES = /[:：]|^\s*由/;
/** 基础教育科（牵头） / 督导室（配合）, one a line: the role's bracket ends its unit's name. */
const MARK_AT_LINE_END = new RegExp(`([（(](?:${ROLE_WORDS})[)）])\\s*\\n\\s*`, "g");

export function unitsCell(text: string, role: UnitRole): ResponsibleUnit[] {
  const plain = () => splitUnits(listOf(text.replace(MARK_AT_LINE_END, "$1、")), role);
  if (!SAYS_ROLES.test(text)) return plain();
  const { text: rest, fields } = extractInlineFields(`（${text.trim().replace(/\s*\n\s*/g, "；")}）`);
  const units = fields.filter((f) => f.def.kind === "units");
  if (rest || units.length === 0 || units.length !== fields.length) return plain();
  return units.flatMap((f) => splitUnits(f.value, f.def.role ?? role));
}
