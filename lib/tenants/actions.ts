"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/auth/user-action";
import { ACTIVE_TENANT_COOKIE } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";

const switchSchema = z.object({ tenantCode: z.string().min(1).max(64) });

/** Picks the active tenant among the caller's own memberships; anything else is refused. */
export const switchTenantAction = userAction({ permission: "own-account", schema: switchSchema }, async ({ session, input }) => {
  if (!session.memberships.some((m) => m.tenantCode === input.tenantCode)) throw new UserFacingError("您不属于该单位");
  (await cookies()).set(ACTIVE_TENANT_COOKIE, input.tenantCode, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Like next-auth's own cookies: Secure when the public address is https.
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
});
