// The one table of who may do what. Anything not listed is refused: a new
// action is unusable until someone decides which roles get it.
import type { Role } from "@/lib/generated/prisma/enums";
import { BUREAU_ROLES } from "@/lib/vocabulary";

const PERMISSIONS = {
  "tenant:read": [...BUREAU_ROLES, "city_viewer"],
  "units:read": [...BUREAU_ROLES, "city_viewer"],
  "people:read": [...BUREAU_ROLES, "city_viewer"],
  "plans:read": [...BUREAU_ROLES, "city_viewer"],
  "plans:manage": ["bureau_admin"],
  "tasks:update": ["bureau_admin", "bureau_staff"],
  "tasks:urge": ["bureau_admin", "bureau_staff", "leader"],
  "periods:manage": ["bureau_admin", "bureau_staff"],
  "reports:read": [...BUREAU_ROLES, "city_viewer"],
  "reports:submit": ["unit_reporter", "bureau_admin", "bureau_staff"],
  "reports:review": ["bureau_admin", "bureau_staff"],
  "actuals:import": ["bureau_admin", "bureau_staff"],
  "inbox:read": [...BUREAU_ROLES],
  // Marking one's own messages read.
  "inbox:update": [...BUREAU_ROLES],
  "members:read": ["bureau_admin"],
  "members:manage": ["bureau_admin"],
  // The units register: kinds, renames, merges, schools added or imported.
  "units:manage": ["bureau_admin"],
  // The tenant's audit trail (/admin/audit and its .xlsx export).
  "audit:read": ["bureau_admin"],
  // Downloading all of the bureau's data at once (GET /api/v1/export/bureau.zip).
  "tenant:export": ["bureau_admin"],
  "children:read": ["city_viewer"],
  "platform:manage": ["platform_admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Roles that may never change data, whatever a permission list says. */
const READ_ONLY_ROLES: readonly Role[] = ["city_viewer"];
const READ_PERMISSIONS: ReadonlySet<Permission> = new Set([
  "tenant:read",
  "units:read",
  "people:read",
  "plans:read",
  "reports:read",
  "members:read",
  "children:read",
  "inbox:read",
  "audit:read",
  "tenant:export",
]);

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  const allowed = PERMISSIONS[permission] as readonly Role[] | undefined;
  if (!allowed || !allowed.includes(role)) return false;
  if (READ_ONLY_ROLES.includes(role) && !READ_PERMISSIONS.has(permission)) return false;
  return true;
}

export function isWritePermission(permission: Permission): boolean {
  return !READ_PERMISSIONS.has(permission);
}

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
