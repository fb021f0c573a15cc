// The platform admin's counterpart of tenantAction, for the global indicator
// catalogue: the platform admin belongs to no tenant, so there is no tenant
// scope to open. Same order and fail-closed answers: session → isPlatformAdmin
// → zod → one transaction on the app client (RLS still applies: any tenant
// table read here shows nothing, as app.tenant_id is unset) → Chinese result.
import "server-only";
import { z } from "zod";
import { ACTION_MESSAGES, fieldErrorsOf, formDataToObject, type ActionResult } from "@/lib/auth/action";
import { getAuthSession, type AuthSession } from "@/lib/auth/session";
import { appClient, type Tx } from "@/lib/db/tenant-scope";
import { ConflictError, UserFacingError } from "@/lib/errors";
import "@/lib/validation/zod-locale";

export interface PlatformActionContext<I> {
  input: I;
  session: AuthSession;
  tx: Tx;
}

export function platformAction<S extends z.ZodType, T>(
  config: { schema: S },
  handler: (ctx: PlatformActionContext<z.output<S>>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const session = await getAuthSession();
    if (!session) return { ok: false, message: ACTION_MESSAGES.signedOut };
    if (session.isPlatformAdmin !== true) return { ok: false, message: ACTION_MESSAGES.forbidden };
    const parsed = config.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) return { ok: false, message: ACTION_MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const client = await appClient();
      const data = await client.$transaction((tx) => handler({ input: parsed.data, session, tx }), { timeout: 15_000, maxWait: 5_000 });
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ConflictError) return { ok: false, message: err.message, conflict: err.current };
      if (err instanceof UserFacingError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
      console.error("[platform action] unexpected failure", err);
      return { ok: false, message: ACTION_MESSAGES.failed };
    }
  };
}
