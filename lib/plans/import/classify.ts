// Pure rules that turn parser output into the database's vocabulary (a
// unit's kind: lib/units/classify-unit.ts).
import type { PlanKind } from "@/lib/generated/prisma/enums";

export function guessPlanKind(title: string): PlanKind {
  if (/十[一二三四五六七八九]五|五年|规划/.test(title)) return "five_year";
  if (/要点/.test(title)) return "work_points";
  if (/方案|计划|行动/.test(title)) return "action_plan";
  return "other";
}
