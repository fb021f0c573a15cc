import { describe, expect, it } from "vitest";
import { headerIdentity } from "@/components/layout/header-identity";

describe("the header says who is signed in and for what, no word twice", () => {
  it("leaves out the role when the account is named after its post", () => {
    expect(headerIdentity({ tenantName: "金凤区教育局", displayName: "金凤区教育局工作人员", role: "bureau_staff", unitName: null })).toEqual({
      tenant: "金凤区教育局",
      name: "金凤区教育局工作人员",
      role: null,
      unit: null,
    });
  });

  it("names a person's role, and the unit a unit reporter reports for", () => {
    expect(headerIdentity({ tenantName: "金凤区教育局", displayName: "王芳", role: "unit_reporter", unitName: "金凤区第一小学" })).toEqual({
      tenant: "金凤区教育局",
      name: "王芳",
      role: "单位填报员",
      unit: "金凤区第一小学",
    });
  });

  it("a platform admin without a tenant is on the platform", () => {
    expect(headerIdentity({ tenantName: null, displayName: "平台管理员", role: "platform_admin", unitName: null }).tenant).toBe("平台");
  });
});
