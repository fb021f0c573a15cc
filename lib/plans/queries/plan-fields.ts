// A plan's own fields as the plan list, the plan page and the plan form show
// them: one type and one select, so a field added to plans is added once.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanKind } from "@/lib/generated/prisma/enums";

export interface PlanFields {
  id: string;
  title: string;
  kind: PlanKind;
  startYear: number;
  endYear: number;
  documentNumber: string | null;
}

export const PLAN_FIELDS_SELECT = {
  id: true,
  title: true,
  kind: true,
  startYear: true,
  endYear: true,
  documentNumber: true,
} satisfies Record<keyof PlanFields, true> & Prisma.PlanSelect;
