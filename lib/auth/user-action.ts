// The wrapper for server actions on accounts rather than tenant data: ending
// one's own sessions, or (a platform admin, who belongs to no tenant) ending
// anyone's. Same order and fail-closed answers as tenantAction: session →
// permission (the one table; none for acting on one's own account, which any
// signed-in user may) → zod → one transaction scoped to the caller's user id,
// where row-level security decides whose rows it reaches → a Chinese result.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import "@/lib/validation/zod-locale";
import { ACTION_MESSAGES, fieldErrorsOf, formDataToObject, type ActionResult } from "./action";
import { can } from "./permissions";
import { getAuthSession, type AuthSession } from "./session";
import { withUser } from "./user-scope";

export interface UserActionContext<I> {
  input: I;
  session: AuthSession;
  tx: Tx;
}

export function userAction<S extends z.ZodType, T>(
  config: { permission: "own-account" | "platform:manage"; schema: S },
  handler: (ctx: UserActionContext<z.output<S>>) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const session = await getAuthSession();
    if (!session) return { ok: false, message: ACTION_MESSAGES.signedOut };
    // A platform admin acts as one even while a tenant membership is active.
    if (config.permission !== "own-account" && !(session.isPlatformAdmin && can("platform_admin", config.permission))) {
      return { ok: false, message: ACTION_MESSAGES.forbidden };
    }
    const parsed = config.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) return { ok: false, message: ACTION_MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await withUser(session.userId, (tx) => handler({ input: parsed.data, session, tx })) };
    } catch (err) {
      if (err instanceof UserFacingError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
      console.error("[user action] unexpected failure", err);
      return { ok: false, message: ACTION_MESSAGES.failed };
    }
  };
}
