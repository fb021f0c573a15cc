/**
 * The words that give a unit its role, wherever they are written: a header
 * (责任单位（牵头）, 配合单位), a bare 牵头 / 配合 under a merged header, a mark
 * after a unit (县教育局（牵头）), or a verb after the units in a bracket
 * (县财政局配合). One list, so a word read in one place is read in all.
 */
import type { UnitRole } from "./types";

export const LEAD_WORDS = "牵头|主责|主办";
export const COOPERATE_WORDS = "配合|协同|协办|协助|参与";
export const ROLE_WORDS = `${LEAD_WORDS}|${COOPERATE_WORDS}`;

const LEAD = new RegExp(`^(?:${LEAD_WORDS})$`);
const ROLE_WORD = new RegExp(`^(?:${ROLE_WORDS})$`);

/** 牵头 / 配合 / 协办 …, alone: a word that says a role. */
export const isRoleWord = (word: string): boolean => ROLE_WORD.test(word);

/** 牵头 → lead, 协同 → cooperate. */
export function roleOfWord(word: string): Exclude<UnitRole, "responsible"> {
  return LEAD.test(word) ? "lead" : "cooperate";
}
