// Account roles: the values, in the order lists and selects show them, and their Chinese names.
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["platform_admin", "city_viewer", "bureau_admin", "bureau_staff", "leader", "unit_reporter"] as const satisfies readonly Role[];

/** The roles a bureau gives its own members (the members page's select, the permission table's bureau group). */
export const BUREAU_ROLES = ["bureau_admin", "bureau_staff", "leader", "unit_reporter"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  platform_admin: "平台管理员",
  city_viewer: "市级查看",
  bureau_admin: "教育局管理员",
  bureau_staff: "教育局工作人员",
  leader: "分管领导",
  unit_reporter: "单位填报员",
};
