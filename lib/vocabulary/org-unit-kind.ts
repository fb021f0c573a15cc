// Kinds of organisational unit (科室, 学校, …), in the units page's filter order.
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";

export const ORG_UNIT_KINDS = [
  "department",
  "school",
  "kindergarten",
  "township",
  "county_department",
  "party_branch",
  "group",
  "other",
] as const satisfies readonly OrgUnitKind[];

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  department: "局内科室",
  school: "中小学校",
  kindergarten: "幼儿园",
  township: "街道乡镇",
  // Departments directly under the 区 or 县 government (区人社局, 县委宣传部): one label for both kinds of bureau.
  county_department: "区县直部门",
  party_branch: "党组织",
  group: "单位群体",
  other: "其他",
};
