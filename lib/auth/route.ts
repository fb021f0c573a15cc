// The wrapper every /api/v1 route handler goes through: no session → 401,
// role without the permission → 403, malformed or foreign id → 404 (exactly
// like a missing one), bad query → 400 with a Chinese message; the handler
// runs in one read-only tenant-scoped transaction.
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { readTenant, type Tx } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import "@/lib/validation/zod-locale";
import { can, type Permission } from "./permissions";
import { getAuthSession, hasTenant, type TenantSession } from "./session";

export interface RouteContext<P, Q> {
  params: P;
  query: Q;
  session: TenantSession;
  tx: Tx;
}

const jsonError = (status: number, error: string) => NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

type RouteConfig<PS, QS> = { permission: Permission; params?: PS; query?: QS };
type NextRouteContext = { params?: Promise<Record<string, string | string[]>> };

/**
 * Authenticates, authorises, validates, runs `body` and maps errors; `body`
 * decides which transaction (if any) it opens.
 */
function readRoute<PS extends z.ZodType, QS extends z.ZodType, T>(
  config: RouteConfig<PS, QS>,
  body: (ctx: { params: z.output<PS>; query: z.output<QS>; session: TenantSession; request: Request }) => Promise<T>,
) {
  return async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const session = await getAuthSession();
    if (!session) return jsonError(401, "未登录或登录已失效");
    if (!hasTenant(session) || !can(session.role, config.permission)) return jsonError(403, "无权访问");
    // Next passes no params object to routes without dynamic segments.
    const params = (config.params ?? z.object({})).safeParse((await context?.params) ?? {});
    if (!params.success) return jsonError(404, "未找到");
    const query = (config.query ?? z.object({})).safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) return jsonError(400, `查询参数有误：${query.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；")}`);
    try {
      const data = await body({ params: params.data as z.output<PS>, query: query.data as z.output<QS>, session, request });
      // File downloads (ledger, evidence, PDF) return their own Response.
      if (data instanceof Response) return data;
      return NextResponse.json(data, { headers: { "Cache-Control": "private, no-store" } });
    } catch (err) {
      if (err instanceof NotFoundError) return jsonError(404, "未找到");
      if (err instanceof UserFacingError) return jsonError(400, err.message);
      console.error("[api] unexpected failure", err);
      return jsonError(500, "服务器内部错误，请稍后重试");
    }
  };
}

/** A read of the caller's own tenant, in one read-only tenant-scoped transaction. */
export function tenantReadRoute<PS extends z.ZodType, QS extends z.ZodType, T>(
  config: RouteConfig<PS, QS>,
  handler: (ctx: RouteContext<z.output<PS>, z.output<QS>>) => Promise<T>,
) {
  return readRoute(config, ({ params, query, session }) => readTenant(session, (tx) => handler({ params, query, session, tx })));
}

/**
 * A read whose handler opens its own transaction, or none while it works: the
 * city comparison (withChildTenants, so a request holds one connection, not
 * two) and the briefing PDF (no connection held while Chromium renders).
 */
export const sessionReadRoute = readRoute;
