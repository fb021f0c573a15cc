// An admin-set webhook may only point at the official robot endpoints, so the
// server cannot be aimed at the bureau's internal addresses.
import { describe, expect, it } from "vitest";
import { robotUrlProblem } from "@/lib/outbox/robot-url";
import { retryDelayMs } from "@/lib/outbox/retry";
import { dingtalkSignedUrl } from "@/lib/outbox/send-robot";

describe("robotUrlProblem", () => {
  it("accepts the official endpoints of each kind", () => {
    expect(robotUrlProblem("wecom", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx")).toBeNull();
    expect(robotUrlProblem("wecom", "https://qyapi.weixin.qq.com:443/cgi-bin/webhook/send?key=x")).toBeNull();
    expect(robotUrlProblem("dingtalk", "https://oapi.dingtalk.com/robot/send?access_token=abc")).toBeNull();
  });

  it.each([
    ["http://", "wecom", "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x"],
    ["another host", "wecom", "https://evil.example.com/cgi-bin/webhook/send?key=x"],
    ["a look-alike host", "wecom", "https://qyapi.weixin.qq.com.evil.example.com/cgi-bin/webhook/send?key=x"],
    ["a trailing-dot host", "wecom", "https://qyapi.weixin.qq.com./cgi-bin/webhook/send?key=x"],
    ["the other kind's host", "wecom", "https://oapi.dingtalk.com/robot/send?access_token=x"],
    ["an IPv4 literal", "dingtalk", "https://10.0.0.5/robot/send?access_token=x"],
    ["an IPv6 literal", "dingtalk", "https://[::1]/robot/send?access_token=x"],
    ["a decimal IP", "dingtalk", "https://2130706433/robot/send?access_token=x"],
    ["user info", "dingtalk", "https://user:pw@oapi.dingtalk.com/robot/send?access_token=x"],
    ["user info hiding a host", "dingtalk", "https://oapi.dingtalk.com@127.0.0.1/robot/send?access_token=x"],
    ["another port", "dingtalk", "https://oapi.dingtalk.com:8443/robot/send?access_token=x"],
    ["another path", "dingtalk", "https://oapi.dingtalk.com/topapi/message?access_token=x"],
    ["not a URL", "dingtalk", "oapi.dingtalk.com/robot/send"],
    ["file:", "wecom", "file:///etc/passwd"],
  ] as const)("refuses %s", (_what, kind, url) => {
    expect(robotUrlProblem(kind, url)).toEqual(expect.any(String));
  });
});

describe("delivery details", () => {
  it("backs off 1, 2, 4 … minutes, capped at an hour", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it("signs a 钉钉 URL as the robot documents: base64 HMAC-SHA256 of timestamp + newline + secret, URL-encoded", () => {
    const url = new URL(dingtalkSignedUrl("https://oapi.dingtalk.com/robot/send?access_token=abc", "SECsecret", 1_700_000_000_000));
    expect(url.searchParams.get("access_token")).toBe("abc");
    expect(url.searchParams.get("timestamp")).toBe("1700000000000");
    // Computed independently (Python's hmac/base64 per the 钉钉 docs' sample) for these inputs.
    expect(url.searchParams.get("sign")).toBe("0QWYb8Ux63Sm4BhHaJNL3lv5mqW1sLFoks7vu+HFFi4=");
    expect(url.search).toContain("sign=0QWYb8Ux63Sm4BhHaJNL3lv5mqW1sLFoks7vu%2BHFFi4%3D");
  });
});
