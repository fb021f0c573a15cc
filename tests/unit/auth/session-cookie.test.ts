import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionCookie } from "@/lib/auth/token";

const SECRET = "a-secret-of-the-deployment-0123456789";
const claims = { uid: "0190f0c4-0000-7000-8000-000000000001", sid: "0190f0c4-0000-7000-8000-000000000002", sv: 3 };

describe("session cookie", () => {
  it("reads what next-auth wrote, with the key derived once per secret", async () => {
    const cookie = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    expect(await decodeSessionCookie(cookie, SECRET)).toMatchObject(claims);
    expect(await decodeSessionCookie(cookie, SECRET)).toMatchObject(claims);
  });

  it("is no session under another secret, tampered with, or expired", async () => {
    const cookie = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    expect(await decodeSessionCookie(cookie, "another-secret-of-another-deployment")).toBeNull();
    const parts = cookie.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(await decodeSessionCookie(parts.join("."), SECRET)).toBeNull();
    expect(await decodeSessionCookie("not-a-cookie", SECRET)).toBeNull();
    // Past its expiry and next-auth's 15 s of clock tolerance.
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    expect(await decodeSessionCookie(expired, SECRET)).toBeNull();
  });
});
