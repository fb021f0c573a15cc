// Tenant kinds: the values, in the order the platform page offers them, and their Chinese names.
import type { TenantKind } from "@/lib/generated/prisma/enums";

export const TENANT_KINDS = ["bureau", "city"] as const satisfies readonly TenantKind[];

export const TENANT_KIND_LABELS: Record<TenantKind, string> = {
  city: "市级教育局",
  bureau: "区县教育局",
};

/** The role a new tenant's first account gets: a bureau's admin, or a city's viewer (a city's own tenant holds no data to manage). */
export const FIRST_ACCOUNT_ROLE = { bureau: "bureau_admin", city: "city_viewer" } as const satisfies Record<TenantKind, string>;
