// A unit's part in a task. The order is the usual reading order of a plan
// (牵头, 责任, 配合), not the database's.
import type { UnitRole } from "@/lib/generated/prisma/enums";

export const UNIT_ROLES = ["lead", "responsible", "cooperate"] as const satisfies readonly UnitRole[];

export const UNIT_ROLE_LABELS: Record<UnitRole, string> = {
  lead: "牵头",
  responsible: "责任",
  cooperate: "配合",
};
