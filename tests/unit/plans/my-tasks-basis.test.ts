import { describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { myTasksBasis } from "@/lib/plans/queries/my-tasks-basis";

const sessionAs = (role: Role) => ({ role, tenant: { tenantId: "t", orgUnitId: role === "unit_reporter" ? "u" : null } }) as unknown as TenantSession;

describe("我负责的 by role", () => {
  it("is a leader's linked person, a reporter's unit, and nothing for the other roles", () => {
    expect(myTasksBasis(sessionAs("leader"))).toBe("person");
    expect(myTasksBasis(sessionAs("unit_reporter"))).toBe("unit");
    for (const role of ["bureau_admin", "bureau_staff", "city_viewer"] as const) expect(myTasksBasis(sessionAs(role))).toBeNull();
  });
});
