// The kinds a group unit's name suggests as its member rule: what an admin
// most likely means by 各中小学校、幼儿园 (schools and kindergartens), 各学校,
// 各幼儿园 or 各街道. Pure; the unit page offers it until a rule is saved.
import type { GroupRuleKind } from "@/lib/vocabulary";

/** Words in a group's name and the member kind each points to, checked in this order. */
const NAME_CUES: readonly [RegExp, GroupRuleKind][] = [
  [/学校|中小学|中学|小学|各校/, "school"],
  [/幼儿园/, "kindergarten"],
  [/街道|乡镇|各镇/, "township"],
  [/科室/, "department"],
];

export function suggestGroupRule(name: string): GroupRuleKind[] {
  return NAME_CUES.filter(([cue]) => cue.test(name)).map(([, kind]) => kind);
}
