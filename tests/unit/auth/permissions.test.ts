import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, can, isWritePermission } from "@/lib/auth/permissions";

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
