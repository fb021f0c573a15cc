import { describe, expect, it } from "vitest";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { withThrottledStatus } from "@/lib/auth/throttled-status";

/** What next-auth's route answers a refused credentials sign-in made with json=true. */
const refused = (error: string) =>
  new Response(JSON.stringify({ url: `http://localhost:3000/api/auth/error?error=${encodeURIComponent(error)}` }), {
    status: 401,
    headers: { "content-type": "application/json", "set-cookie": "next-auth.csrf-token=x; Path=/" },
  });

describe("throttled sign-in status", () => {
  it("answers a throttled attempt with 429, same body and cookies", async () => {
    const response = await withThrottledStatus(refused(SIGN_IN_MESSAGES.throttled));
    expect(response.status).toBe(429);
    expect(response.headers.get("set-cookie")).toContain("next-auth.csrf-token");
    expect(new URL(((await response.json()) as { url: string }).url).searchParams.get("error")).toBe("登录尝试过于频繁，请稍后再试");
  });

  it("leaves a wrong password's 401 and every other answer alone", async () => {
    expect((await withThrottledStatus(refused(SIGN_IN_MESSAGES.invalid))).status).toBe(401);
    const ok = new Response(JSON.stringify({ url: "http://localhost:3000/" }), { status: 200, headers: { "content-type": "application/json" } });
    expect(await withThrottledStatus(ok)).toBe(ok);
  });
});
