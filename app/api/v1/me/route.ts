// GET /api/v1/me: the caller's identity (lib/account/who-am-i.ts). Any session
// may ask, a platform admin without a tenant and a user with a pending
// password change included, so it cannot use tenantReadRoute / sessionReadRoute
// (both require a tenant); it makes the same checks: no session → 401, an
// unexpected failure → 500 in Chinese, never cached.
import { NextResponse } from "next/server";
import { whoAmI } from "@/lib/account/who-am-i";
import { getAuthSession } from "@/lib/auth/session";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function GET(): Promise<Response> {
  const session = await getAuthSession();
  if (!session) return NextResponse.json({ error: "未登录或登录已失效" }, { status: 401, headers: NO_STORE });
  try {
    return NextResponse.json(await whoAmI(session), { headers: NO_STORE });
  } catch (err) {
    console.error("[api] /api/v1/me failed", err);
    return NextResponse.json({ error: "服务器内部错误，请稍后重试" }, { status: 500, headers: NO_STORE });
  }
}
