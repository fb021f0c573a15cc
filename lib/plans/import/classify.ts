// Pure rules that turn parser output into the database's vocabulary.
import type { OrgUnitKind, PlanKind } from "@/lib/generated/prisma/enums";

// The comparator mapping lives in lib/vocabulary/comparator.ts. This old name
// stays only for bench/seed/templates.ts until it shares the import's rows.
export { COMPARATOR_FROM_API as COMPARATOR_FROM_PARSER } from "@/lib/vocabulary/comparator";

/** Guesses a unit's kind from its name; an admin can correct it later. */
export function guessUnitKind(name: string): OrgUnitKind {
  if (/^各/.test(name) || /[、]/.test(name)) return "group";
  if (/党(委|工委|支部|组|总支)|支部$/.test(name)) return "party_branch";
  if (/幼儿园|幼教|[一二三四五六七八九十\d]+幼$/.test(name)) return "kindergarten";
  if (/(学校|中学|小学|学院|大学|[一二三四五六七八九十\d]+[中小])$/.test(name)) return "school";
  if (/^(县|区|市|自治区|团)(?!.*(教育局|教体局)$).*(局|委|办|部|大队|中心|院|队|会|团委|政府)$/.test(name)) return "external";
  if (/(部门|人社|财政|发改|住建|卫健|公安|民政)/.test(name)) return "external";
  return "department";
}

export function guessPlanKind(title: string): PlanKind {
  if (/十[一二三四五六七八九]五|五年|规划/.test(title)) return "five_year";
  if (/要点/.test(title)) return "work_points";
  if (/方案|计划|行动/.test(title)) return "action_plan";
  return "other";
}
