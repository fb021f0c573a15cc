"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { ACTION_MESSAGES, type ActionResult } from "@/lib/auth/action";
import { ACTIVE_TENANT_COOKIE, getAuthSession } from "@/lib/auth/session";

const switchSchema = z.object({ tenantCode: z.string().min(1).max(64) });

/** Picks the active tenant among the caller's own memberships; anything else is refused. */
export async function switchTenantAction(input: unknown): Promise<ActionResult<undefined>> {
  const session = await getAuthSession();
  if (!session) return { ok: false, message: ACTION_MESSAGES.signedOut };
  const parsed = switchSchema.safeParse(input);
  if (!parsed.success || !session.memberships.some((m) => m.tenantCode === parsed.data.tenantCode)) {
    return { ok: false, message: "您不属于该单位" };
  }
  (await cookies()).set(ACTIVE_TENANT_COOKIE, parsed.data.tenantCode, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Like next-auth's own cookies: Secure when the public address is https.
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
  return { ok: true, data: undefined };
}
