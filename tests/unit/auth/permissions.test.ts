import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, can, isReadOnlyRole, isUnitBoundRole, isWritePermission, platformRole } from "@/lib/auth/permissions";

describe("permissions", () => {
  it("fail closed for no role and unknown permissions", () => {
    expect(can(null, "tenant:read")).toBe(false);
    expect(can(undefined, "plans:read")).toBe(false);
    expect(can("bureau_admin", "no:such" as never)).toBe(false);
  });

  it("give member management to bureau admins only", () => {
    expect(can("bureau_admin", "members:manage")).toBe(true);
    for (const role of ["bureau_staff", "leader", "unit_reporter", "city_viewer", "platform_admin"] as const) {
      expect(can(role, "members:manage")).toBe(false);
    }
  });

  it("never give a city viewer a write", () => {
    const writes = ALL_PERMISSIONS.filter(isWritePermission);
    expect(writes.length).toBeGreaterThan(3);
    expect(writes.filter((p) => can("city_viewer", p))).toEqual([]);
    expect(can("city_viewer", "children:read")).toBe(true);
  });

  it("keep the platform admin out of tenant data", () => {
    expect(ALL_PERMISSIONS.filter((p) => can("platform_admin", p))).toEqual(["platform:manage"]);
  });
});

describe("permissions that replace role comparisons", () => {
  it("bind only the unit reporter to one unit", () => {
    expect(["bureau_admin", "bureau_staff", "leader", "unit_reporter", "city_viewer"].filter((r) => isUnitBoundRole(r as never))).toEqual(["unit_reporter"]);
  });

  it("give 我负责的 to leaders and unit reporters", () => {
    expect(["bureau_admin", "bureau_staff", "leader", "unit_reporter", "city_viewer", "platform_admin"].filter((r) => can(r as never, "tasks:mine"))).toEqual([
      "leader",
      "unit_reporter",
    ]);
  });

  it("make only the city viewer's transactions read-only", () => {
    expect(["bureau_admin", "bureau_staff", "leader", "unit_reporter", "city_viewer"].filter((r) => isReadOnlyRole(r as never))).toEqual(["city_viewer"]);
  });

  it("take the platform role from the account, not the active membership", () => {
    expect(can(platformRole({ isPlatformAdmin: true }), "platform:manage")).toBe(true);
    expect(can(platformRole({ isPlatformAdmin: false }), "platform:manage")).toBe(false);
  });
});
