import { describe, expect, it } from "vitest";
import { SSO_MESSAGES } from "@/lib/auth/messages";
import { oidcCallbackUrl, readOidcConfig, wellKnownUrl } from "@/lib/auth/oidc-config";
import { loginErrorMessage, SSO_REFUSALS } from "@/lib/auth/sso-refusals";

const complete = {
  EDUPLAN_OIDC_ISSUER: "https://id.gov.example.cn/realms/edu",
  EDUPLAN_OIDC_CLIENT_ID: "eduplan",
  EDUPLAN_OIDC_CLIENT_SECRET: "s3cret",
};

describe("single sign-on configuration", () => {
  it("is off (no button, no provider) when none of the variables is set", () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ EDUPLAN_OIDC_USERNAME_CLAIM: "employee_no", EDUPLAN_OIDC_ISSUER: "  " })).toBeNull();
  });

  it("maps by preferred_username unless another claim is named", () => {
    expect(readOidcConfig(complete)).toEqual({
      issuer: complete.EDUPLAN_OIDC_ISSUER,
      clientId: "eduplan",
      clientSecret: "s3cret",
      usernameClaim: "preferred_username",
    });
    expect(readOidcConfig({ ...complete, EDUPLAN_OIDC_USERNAME_CLAIM: "employee_no" })?.usernameClaim).toBe("employee_no");
  });

  it("stops a half-configured provider with a Chinese message naming what is missing", () => {
    expect(() => readOidcConfig({ EDUPLAN_OIDC_ISSUER: complete.EDUPLAN_OIDC_ISSUER })).toThrow(
      "统一身份认证配置不完整：缺少 EDUPLAN_OIDC_CLIENT_ID、EDUPLAN_OIDC_CLIENT_SECRET",
    );
    expect(() => readOidcConfig({ ...complete, EDUPLAN_OIDC_CLIENT_SECRET: "" })).toThrow("缺少 EDUPLAN_OIDC_CLIENT_SECRET");
  });

  it("wants https, except for a provider on this machine", () => {
    expect(() => readOidcConfig({ ...complete, EDUPLAN_OIDC_ISSUER: "http://id.gov.example.cn" })).toThrow("必须使用 https");
    expect(() => readOidcConfig({ ...complete, EDUPLAN_OIDC_ISSUER: "id.gov.example.cn" })).toThrow("不是有效的网址");
    expect(() => readOidcConfig({ ...complete, EDUPLAN_OIDC_ISSUER: "https://id.gov.example.cn/?x=1" })).toThrow("不能带查询参数");
    expect(readOidcConfig({ ...complete, EDUPLAN_OIDC_ISSUER: "http://127.0.0.1:4000" })?.issuer).toBe("http://127.0.0.1:4000");
    expect(readOidcConfig({ ...complete, EDUPLAN_OIDC_ISSUER: "http://localhost:4000" })).not.toBeNull();
  });

  it("finds the discovery document under the issuer and builds the callback from the public URL, not the request", () => {
    expect(wellKnownUrl("https://id.gov.example.cn/realms/edu/")).toBe("https://id.gov.example.cn/realms/edu/.well-known/openid-configuration");
    expect(oidcCallbackUrl("https://edu.example.gov.cn")).toBe("https://edu.example.gov.cn/api/auth/callback/oidc");
    expect(oidcCallbackUrl("https://edu.example.gov.cn/")).toBe("https://edu.example.gov.cn/api/auth/callback/oidc");
  });
});

describe("the login page's explanation of a single sign-on that ended there", () => {
  it("explains each refusal in Chinese", () => {
    expect(loginErrorMessage(SSO_REFUSALS.unknown.code)).toBe(SSO_MESSAGES.unknown);
    expect(loginErrorMessage("SsoInactive")).toBe("该账号已停用，请联系本单位管理员");
    expect(loginErrorMessage("SsoPlatformAdmin")).toBe(SSO_MESSAGES.platformAdmin);
    expect(loginErrorMessage("SsoNoUsername")).toBe(SSO_MESSAGES.noUsername);
  });

  it("gives next-auth's provider failures one generic message, and shows nothing for anything else", () => {
    expect(loginErrorMessage("OAuthCallback")).toBe(SSO_MESSAGES.failed);
    expect(loginErrorMessage("AccessDenied")).toBe(SSO_MESSAGES.failed);
    expect(loginErrorMessage(undefined)).toBeNull();
    expect(loginErrorMessage("<script>alert(1)</script>")).toBeNull();
    expect(loginErrorMessage("toString")).toBeNull();
  });
});
