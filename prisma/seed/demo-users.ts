// Demo accounts: `<tenant>.<role>` for every demo tenant plus platform.admin,
// all with DEMO_PASSWORD. Demo only: created on the embedded database or when
// asked for explicitly (EDUPLAN_DEMO=1), never silently on a production one.
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMO_TENANTS, type DemoTenant } from "./demo-world";

export const DEMO_PASSWORD = "demo123456";

export interface DemoUser {
  username: string;
  displayName: string;
  tenantCode: string | null;
  role: Role;
}

const BUREAU_ACCOUNTS: { suffix: string; role: Role; label: string }[] = [
  { suffix: "admin", role: "bureau_admin", label: "管理员" },
  { suffix: "staff", role: "bureau_staff", label: "工作人员" },
  { suffix: "leader", role: "leader", label: "分管领导" },
  { suffix: "reporter", role: "unit_reporter", label: "单位填报员" },
];

function accountsFor(tenant: DemoTenant): DemoUser[] {
  if (tenant.kind === "city") {
    return [{ username: `${tenant.code}.viewer`, displayName: `${tenant.name}（查看）`, tenantCode: tenant.code, role: "city_viewer" }];
  }
  return BUREAU_ACCOUNTS.map((a) => ({
    username: `${tenant.code}.${a.suffix}`,
    displayName: `${tenant.name}${a.label}`,
    tenantCode: tenant.code,
    role: a.role,
  }));
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: "platform.admin", displayName: "平台管理员", tenantCode: null, role: "platform_admin" },
  ...DEMO_TENANTS.flatMap(accountsFor),
];
