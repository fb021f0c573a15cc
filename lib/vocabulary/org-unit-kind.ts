// Kinds of organisational unit (科室, 学校, …), in the units page's filter order.
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";

export const ORG_UNIT_KINDS = ["department", "school", "kindergarten", "party_branch", "external", "group"] as const satisfies readonly OrgUnitKind[];

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  department: "局内科室",
  school: "学校",
  kindergarten: "幼儿园",
  party_branch: "党组织",
  external: "外部单位",
  group: "单位群体",
};
