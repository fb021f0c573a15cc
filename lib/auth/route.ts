// Route handlers' adapter of the wrapper core (guard.ts): the same steps, an
// HTTP status from the one error map (failure.ts) and a JSON body
// { error, fieldErrors?, current? }. A malformed or foreign id in the path is
// 404, exactly like a missing one.
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { readTenant, type Tx } from "@/lib/db/tenant-scope";
import type { ConflictClass } from "@/lib/errors";
import { FAILURE_STATUS, failure, type Failure } from "./failure";
import { guarded, parseWith, type Parsed } from "./guard";
import type { Permission } from "./permissions";
import { accountScope, tenantScope } from "./scopes";
import type { AuthSession, TenantSession } from "./session";

export interface RouteContext<P, Q> {
  params: P;
  query: Q;
  session: TenantSession;
  tx: Tx;
}

type NextRouteContext = { params?: Promise<Record<string, string | string[]>> };
type RouteConfig<PS, QS> = { permission: Permission; params?: PS; query?: QS };

export function failureResponse(f: Failure<unknown>): Response {
  const body = { error: f.message, ...(f.fieldErrors ? { fieldErrors: f.fieldErrors } : {}), ...(f.conflict !== undefined ? { current: f.conflict } : {}) };
  return NextResponse.json(body, { status: FAILURE_STATUS[f.kind], headers: { "Cache-Control": "no-store" } });
}

/** File downloads (ledger, evidence, PDF) return their own Response; anything else is JSON. */
function successResponse(data: unknown): Response {
  if (data instanceof Response) return data;
  return NextResponse.json(data, { headers: { "Cache-Control": "private, no-store" } });
}

async function paramsOf<PS extends z.ZodType>(schema: PS | undefined, context?: NextRouteContext): Promise<Parsed<z.output<PS>>> {
  // Next passes no params object to routes without dynamic segments.
  const parsed = (schema ?? z.object({})).safeParse((await context?.params) ?? {});
  return parsed.success ? { ok: true, value: parsed.data as z.output<PS> } : { ok: false, failure: failure("notFound") };
}

function queryOf<QS extends z.ZodType>(schema: QS | undefined, request: Request): Parsed<z.output<QS>> {
  const parsed = (schema ?? z.object({})).safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { ok: true, value: parsed.data as z.output<QS> };
  const detail = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("；");
  return { ok: false, failure: { kind: "invalid", message: `查询参数有误：${detail}` } };
}

/**
 * A read whose handler opens its own transaction, or none while it works: the
 * city comparison (withChildTenants, so a request holds one connection, not
 * two) and the briefing PDF (no connection held while Chromium renders).
 */
export function sessionReadRoute<PS extends z.ZodType, QS extends z.ZodType, T>(
  config: RouteConfig<PS, QS>,
  handler: (ctx: { params: z.output<PS>; query: z.output<QS>; session: TenantSession; request: Request }) => Promise<T>,
) {
  return async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const outcome = await guarded({
      scope: tenantScope(config.permission),
      parse: async () => {
        const params = await paramsOf(config.params, context);
        if (!params.ok) return params;
        const query = queryOf(config.query, request);
        return query.ok ? { ok: true as const, value: { params: params.value, query: query.value } } : query;
      },
      run: (session, { params, query }) => handler({ params, query, session, request }),
    });
    return outcome.ok ? successResponse(outcome.data) : failureResponse(outcome.failure);
  };
}

/** A read of the caller's own tenant, in one read-only tenant-scoped transaction. */
export function tenantReadRoute<PS extends z.ZodType, QS extends z.ZodType, T>(
  config: RouteConfig<PS, QS>,
  handler: (ctx: RouteContext<z.output<PS>, z.output<QS>>) => Promise<T>,
) {
  return sessionReadRoute(config, ({ params, query, session }) => readTenant(session, (tx) => handler({ params, query, session, tx })));
}

/** The JSON body of a write, with the path's params laid over it (the URL names the object, not the body). */
async function bodyOf<BS extends z.ZodType>(schema: BS, request: Request, params: object): Promise<Parsed<z.output<BS>>> {
  // Only JSON: a cross-site page cannot send it without a CORS preflight (server
  // actions get the equivalent from Next's Origin check; the session cookie is SameSite=Lax too).
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return { ok: false, failure: { kind: "unsupported", message: "请以 application/json 提交" } };
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, failure: { kind: "invalid", message: "请求体不是有效的 JSON" } };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, failure: { kind: "invalid", message: "请求体应为 JSON 对象" } };
  return parseWith(schema, { ...body, ...params });
}

/** A write to the caller's own tenant from a JSON body, in one tenant-scoped transaction. */
export function tenantWriteRoute<PS extends z.ZodType, BS extends z.ZodType, T, C = never>(
  config: { permission: Permission; params?: PS; body: BS; conflict?: ConflictClass<C> },
  handler: (ctx: { params: z.output<PS>; input: z.output<BS>; session: TenantSession; tx: Tx }) => Promise<T>,
) {
  const scope = tenantScope(config.permission);
  return async (request: Request, context?: NextRouteContext): Promise<Response> => {
    const outcome = await guarded({
      scope,
      parse: async () => {
        const params = await paramsOf(config.params, context);
        if (!params.ok) return params;
        const input = await bodyOf(config.body, request, params.value as object);
        return input.ok ? { ok: true as const, value: { params: params.value, input: input.value } } : input;
      },
      run: (session, { params, input }) => scope.transaction(session, (tx) => handler({ params, input, session, tx })),
      conflict: config.conflict,
    });
    return outcome.ok ? successResponse(outcome.data) : failureResponse(outcome.failure);
  };
}

/**
 * A read about the caller themselves, for any session: a platform admin
 * without a tenant, and a user whose password change is pending, included.
 */
export function accountReadRoute<T>(handler: (ctx: { session: AuthSession }) => Promise<T>) {
  return async (): Promise<Response> => {
    const outcome = await guarded({
      scope: accountScope("own-account"),
      parse: () => ({ ok: true as const, value: undefined }),
      run: (session) => handler({ session }),
    });
    return outcome.ok ? successResponse(outcome.data) : failureResponse(outcome.failure);
  };
}
