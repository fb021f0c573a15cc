// The one table of who may do what. Anything not listed is refused: a new
// action is unusable until someone decides which roles get it.
import type { Role } from "@/lib/generated/prisma/enums";
import { BUREAU_ROLES } from "@/lib/vocabulary";

const PERMISSIONS = {
  "tenant:read": [...BUREAU_ROLES, "city_viewer"],
  // The tenant's own data (units, people, plans and tasks, reports): a bureau's. A city's own tenant
  // holds none, so its viewer is refused these pages and routes (404 / 403) and reads its
  // districts through children:read instead (decision 0028).
  "units:read": [...BUREAU_ROLES],
  // The units register: kinds, renames, merges, schools added or imported, a group unit's members.
  "units:manage": ["bureau_admin"],
  "people:read": [...BUREAU_ROLES],
  "plans:read": [...BUREAU_ROLES],
  "plans:manage": ["bureau_admin"],
  "tasks:update": ["bureau_admin", "bureau_staff"],
  "tasks:urge": ["bureau_admin", "bureau_staff", "leader"],
  "periods:manage": ["bureau_admin", "bureau_staff"],
  "reports:read": [...BUREAU_ROLES],
  "reports:submit": ["unit_reporter", "bureau_admin", "bureau_staff"],
  "reports:review": ["bureau_admin", "bureau_staff"],
  "actuals:import": ["bureau_admin", "bureau_staff"],
  "inbox:read": [...BUREAU_ROLES],
  // Marking one's own messages read.
  "inbox:update": [...BUREAU_ROLES],
  "members:read": ["bureau_admin"],
  "members:manage": ["bureau_admin"],
  // The tenant's audit trail (/admin/audit and its .xlsx export).
  "audit:read": ["bureau_admin"],
  // Downloading all of the bureau's data at once (GET /api/v1/export/bureau.zip).
  "tenant:export": ["bureau_admin"],
  // The bureau's group robots and the delivery state of e-mail and robot messages (/admin/notifications).
  "notifications:manage": ["bureau_admin"],
  "children:read": ["city_viewer"],
  "platform:manage": ["platform_admin"],
  // Acting for and seeing every unit of the bureau. Without it a member is
  // bound to its membership's unit (a unit reporter): its reports, slots,
  // cooperation and 我负责的 are that unit's (lib/reports/reporter-scope.ts).
  "units:all": ["bureau_admin", "bureau_staff", "leader", "city_viewer"],
  // 我负责的 (/my-tasks): the tasks naming the person linked to the account,
  // or, for a member bound to a unit, the tasks of that unit.
  "tasks:mine": ["leader", "unit_reporter"],
  // 督办 settings (/supervision/settings): 亮灯 and 签收 days; staff read them, the admin sets them.
  "supervision:settings:read": ["bureau_admin", "bureau_staff"],
  "supervision:settings": ["bureau_admin"],
  // 督办 staff steps: 交办, deciding extension and closing requests, issuing 督办单.
  "supervision:manage": ["bureau_admin", "bureau_staff"],
  // Answering 督办 (签收, 延期申请, 办结销号申请, replying to a 督办单): a reporter for their own unit, staff on a unit's behalf.
  "supervision:respond": ["unit_reporter", "bureau_admin", "bureau_staff"],
  // Reading 督办单: bureau roles every unit's, a unit reporter its own unit's (lib/supervision/slips/slip-scope.ts).
  "slips:read": [...BUREAU_ROLES],
  // Publishing a plan on the public page (/public/<code>), choosing what it shows, unpublishing it.
  "plans:publish": ["bureau_admin"],
  // The five-year thread (decision 0036): suggesting, confirming, removing and hand-linking which
  // five-year task or indicator an annual task moves.
  "plans:link": ["bureau_admin", "bureau_staff"],
  // 结转: starting next year's plan from this year's unfinished tasks.
  "plans:carry-over": ["bureau_admin", "bureau_staff"],
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
  "units:all",
  "tasks:mine",
  "supervision:settings:read",
  "slips:read",
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

/** A role without units:all is bound to one unit: its membership names the unit (a unit reporter). */
export function isUnitBoundRole(role: Role): boolean {
  return !can(role, "units:all");
}

/** Whether every transaction of this role is READ ONLY at the database level (withTenant). */
export function isReadOnlyRole(role: Role): boolean {
  return READ_ONLY_ROLES.includes(role);
}

/**
 * The platform role belongs to the account (users.is_platform_admin), not to a
 * membership: a platform admin acts as one whichever tenant is active. Ask
 * `can(platformRole(session), "platform:manage")`.
 */
export function platformRole(user: { isPlatformAdmin: boolean }): Role | null {
  return user.isPlatformAdmin ? "platform_admin" : null;
}

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
