// GET /api/v1/me: the caller's identity (lib/account/who-am-i.ts). Any session
// may ask, a platform admin without a tenant and a user with a pending
// password change included; no session → 401.
import { whoAmI } from "@/lib/account/who-am-i";
import { accountReadRoute } from "@/lib/auth/route";

export const GET = accountReadRoute(({ session }) => whoAmI(session));
