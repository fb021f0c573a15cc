// A callbackUrl comes from a link anyone can write: only a path on this site
// may come out of it, however the off-site address is dressed up.
import { describe, expect, it } from "vitest";
import { afterSignInPath } from "@/lib/auth/after-sign-in-path";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { redirectTarget } from "@/lib/auth/redirect-target";
import { requestOrigin } from "@/lib/auth/request-origin";
import { signInPath } from "@/lib/auth/sign-in-path";

describe("a callbackUrl keeps a path of this site", () => {
  it.each([
    ["/tasks?status=overdue", "/tasks?status=overdue"],
    ["/", "/"],
    ["/reports/abc#summary", "/reports/abc#summary"],
    ["/search?q=%E5%AD%A6%E5%89%8D", "/search?q=%E5%AD%A6%E5%89%8D"],
    ["/search?q=学前", "/search?q=%E5%AD%A6%E5%89%8D"],
    ["/a/../tasks", "/tasks"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("a callbackUrl that could leave the site is refused", () => {
  it.each([
    ["protocol-relative", "//evil.example/tasks"],
    ["backslash after the slash", "/\\evil.example"],
    ["backslashes only", "\\\\evil.example"],
    ["mixed slashes", "/\\/evil.example"],
    ["absolute http", "http://evil.example/tasks"],
    ["absolute https", "https://evil.example"],
    ["our own absolute address", "http://localhost:3000/tasks"],
    ["javascript", "javascript:alert(1)"],
    ["javascript with a slash", "javascript://%0Aalert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["tab inside the prefix", "/\t/evil.example"],
    ["newline inside the prefix", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["leading space", " /tasks"],
    ["no leading slash", "tasks"],
    ["scheme-relative with three slashes", "///evil.example"],
    ["user info", "//user@evil.example"],
    ["empty", ""],
    ["too long", `/${"a".repeat(3000)}`],
  ])("%s", (_name, input) => {
    expect(safeCallbackPath(input)).toBeNull();
  });

  it.each([[undefined], [null], [42], [["/tasks", "/x"]], [{ toString: () => "/tasks" }]])("a value that is not one string: %j", (input) => {
    expect(safeCallbackPath(input)).toBeNull();
  });
});

describe("after sign-in", () => {
  it("goes to the page asked for", () => {
    expect(afterSignInPath("/tasks?status=overdue")).toBe("/tasks?status=overdue");
  });
  it.each([["/login"], ["/login?callbackUrl=/tasks"], ["/api/auth/signout"], ["https://evil.example"], [undefined]])("goes home instead of %s", (input) => {
    expect(afterSignInPath(input)).toBe("/");
  });
  it("a guard's sign-in link carries the page, encoded", () => {
    expect(signInPath("/tasks?status=overdue&page=2")).toBe("/login?callbackUrl=%2Ftasks%3Fstatus%3Doverdue%26page%3D2");
    expect(signInPath("/", "/account/password")).toBe("/account/password");
    expect(signInPath("//evil.example")).toBe("/login");
  });
});

describe("next-auth's redirect stays on the address the browser used", () => {
  const base = "http://localhost:3000";
  const byIp = "http://10.1.2.3:3000";
  it("a relative path goes onto the request's origin", () => {
    expect(redirectTarget("/login", base, byIp)).toBe("http://10.1.2.3:3000/login");
  });
  it("next-auth's own absolute URLs on NEXTAUTH_URL are moved onto it too", () => {
    expect(redirectTarget("http://localhost:3000/tasks?status=overdue", base, byIp)).toBe("http://10.1.2.3:3000/tasks?status=overdue");
    expect(redirectTarget("http://localhost:3000", base, byIp)).toBe("http://10.1.2.3:3000/");
  });
  it.each([["https://evil.example/login"], ["//evil.example"], ["/\\evil.example"], ["javascript:alert(1)"], ["not a url"]])("%s goes home", (url) => {
    expect(redirectTarget(url, base, byIp)).toBe("http://10.1.2.3:3000/");
  });
});

describe("the request's origin", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it("is the forwarded host and protocol the gateway wrote", () => {
    expect(requestOrigin(headers({ host: "127.0.0.1:4000", "x-forwarded-host": "Edu.Example.gov.cn", "x-forwarded-proto": "https" }))).toBe(
      "https://edu.example.gov.cn",
    );
  });
  it("falls back to Host over http", () => {
    expect(requestOrigin(headers({ host: "10.1.2.3:3000" }))).toBe("http://10.1.2.3:3000");
    expect(requestOrigin(headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });
  it.each([["evil.example/path"], ["evil.example@x"], ["a b"], ["evil.example\\x"], [""]])("refuses a host that is not one: %j", (host) => {
    expect(requestOrigin(headers({ "x-forwarded-host": host }))).toBeNull();
  });
});
