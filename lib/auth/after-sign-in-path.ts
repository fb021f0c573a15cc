// Where the sign-in page sends a user once signed in: the page they asked for
// (callback-path.ts decides what is ours), never the sign-in page or
// next-auth's own endpoints again, which would go round in a circle.
import { safeCallbackPath } from "./callback-path";

const NOT_AFTER_SIGN_IN = ["/login", "/api/auth"];

export function afterSignInPath(callbackUrl: unknown): string {
  const path = safeCallbackPath(callbackUrl);
  if (!path) return "/";
  const pathname = path.split(/[?#]/)[0]!;
  return NOT_AFTER_SIGN_IN.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ? "/" : path;
}
