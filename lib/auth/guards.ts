// Page-level guards for server components. Missing session → sign-in page;
// a pending password change → the change form (every page of the app layout
// comes through here), both with the page asked for as `callbackUrl`, so a
// shared link still opens once signed in; missing permission or foreign
// object → 404, so existence is not revealed.
import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { can, platformRole, type Permission } from "./permissions";
import { getAuthSession, hasTenant, type AuthSession, type TenantSession } from "./session";
import { REQUEST_PATH_HEADER, signInPath } from "./sign-in-path";

/** Where a user with a one-time password is led (outside the app layout, so it does not lead to itself). */
export const PASSWORD_CHANGE_PATH = "/account/password";

export async function requireSession(): Promise<AuthSession> {
  const session = await getAuthSession();
  if (!session || session.mustChangePassword) {
    const requested = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(signInPath(requested, session ? PASSWORD_CHANGE_PATH : "/login"));
  }
  return session;
}

export async function requireTenantSession(permission: Permission = "tenant:read"): Promise<TenantSession> {
  const session = await requireSession();
  if (!hasTenant(session)) {
    if (can(platformRole(session), "platform:manage")) redirect("/platform");
    notFound();
  }
  if (!can(session.role, permission)) notFound();
  return session;
}

export async function requirePlatformAdmin(): Promise<AuthSession> {
  const session = await requireSession();
  if (!can(platformRole(session), "platform:manage")) notFound();
  return session;
}
