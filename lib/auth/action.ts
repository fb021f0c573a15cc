// The wrapper every server action goes through: authenticate, authorize
// against the active tenant's role (fail closed), validate with zod, run in
// one tenant-scoped transaction, and answer in Chinese — never a stack trace.
import "server-only";
import { z } from "zod";
import { withTenant, type Tx } from "@/lib/db/tenant-scope";
import { ConflictError, UserFacingError } from "@/lib/errors";
import "@/lib/validation/zod-locale";
import { can, isWritePermission, type Permission } from "./permissions";
import { getAuthSession, hasTenant, type TenantSession } from "./session";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: unknown };

export const ACTION_MESSAGES = {
  signedOut: "登录已失效，请重新登录",
  forbidden: "您没有执行此操作的权限",
  invalid: "提交的内容有误，请检查标红的字段",
  failed: "操作失败，请稍后重试",
} as const;

export interface ActionContext<I> {
  input: I;
  session: TenantSession;
  tx: Tx;
}

export function tenantAction<S extends z.ZodType, T>(
  config: { permission: Permission; schema: S },
  handler: (ctx: ActionContext<z.output<S>>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const session = await getAuthSession();
    if (!session) return { ok: false, message: ACTION_MESSAGES.signedOut };
    if (!hasTenant(session) || !can(session.role, config.permission)) return { ok: false, message: ACTION_MESSAGES.forbidden };
    const parsed = config.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) return { ok: false, message: ACTION_MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const data = await withTenant(session, (tx) => handler({ input: parsed.data, session, tx }), {
        readOnly: !isWritePermission(config.permission),
      });
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ConflictError) return { ok: false, message: err.message, conflict: err.current };
      if (err instanceof UserFacingError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
      console.error("[action] unexpected failure", err);
      return { ok: false, message: ACTION_MESSAGES.failed };
    }
  };
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Repeated names become arrays; empty strings stay strings for zod to judge. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
