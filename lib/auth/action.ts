// Server actions' adapter of the wrapper core (guard.ts): the same steps, a
// Chinese ActionResult instead of an HTTP status. tenantAction is the one
// for tenant data; platform-action.ts and user-action.ts choose other scopes.
//
// An action is declared once and exported as it is:
//   export const savePlanAction = formAction(tenantAction({ permission, schema }, handler), onSuccess);
// formAction gives it the (previous state, input) shape useActionState calls,
// and onSuccess revalidates pages and words the message.
import "server-only";
import type { z } from "zod";
import type { Tx } from "@/lib/db/tenant-scope";
import type { ConflictClass } from "@/lib/errors";
import type { FieldErrors } from "./failure";
import { guarded, parseWith } from "./guard";
import type { Permission } from "./permissions";
import { tenantScope, type Scope } from "./scopes";
import type { AuthSession, TenantSession } from "./session";

export type { FieldErrors } from "./failure";

export type ActionResult<T = undefined, C = unknown> =
  { ok: true; data: T; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors; conflict?: C };

export interface ActionContext<I, S extends AuthSession = TenantSession> {
  input: I;
  session: S;
  tx: Tx;
}

export interface ActionConfig<Z extends z.ZodType, C> {
  schema: Z;
  /**
   * Work before the transaction opens, on connections of its own: what must
   * stand when the transaction rolls back (a throttle's record of a wrong
   * password), and slow checks that should not hold a connection idle. It
   * fails the action by throwing, as the handler does.
   */
  before?: (ctx: { input: z.output<Z>; session: AuthSession }) => Promise<void>;
  /** The conflict whose `current` the caller shows (typed in the result); other conflicts carry only a message. */
  conflict?: ConflictClass<C>;
}

export type Action<T, C = never> = (input: unknown) => Promise<ActionResult<T, C>>;

/** Builds an action in any scope; the scope-specific helpers below and beside this file call it. */
export function actionIn<S extends AuthSession, Z extends z.ZodType, T, C = never>(
  scope: Scope<S>,
  config: ActionConfig<Z, C>,
  handler: (ctx: ActionContext<z.output<Z>, S>) => Promise<T>,
): Action<T, C> {
  return async (input: unknown) => {
    const outcome = await guarded({
      scope,
      parse: () => parseWith(config.schema, input),
      run: async (session, value) => {
        await config.before?.({ input: value, session });
        return scope.transaction(session, (tx) => handler({ input: value, session, tx }));
      },
      conflict: config.conflict,
    });
    if (!outcome.ok) {
      const { message, fieldErrors, conflict } = outcome.failure;
      return { ok: false, message, ...(fieldErrors ? { fieldErrors } : {}), ...(conflict !== undefined ? { conflict } : {}) };
    }
    return { ok: true, data: outcome.data };
  };
}

/** An action on the caller's active tenant, allowed by `permission` in the one table. */
export function tenantAction<Z extends z.ZodType, T, C = never>(
  config: ActionConfig<Z, C> & { permission: Permission },
  handler: (ctx: ActionContext<z.output<Z>>) => Promise<T>,
): Action<T, C> {
  return actionIn(tenantScope(config.permission), config, handler);
}

/**
 * What happens after a success, once the transaction committed: revalidate
 * the pages that show the change, and return the message the user sees.
 */
export type OnSuccess<T> = (data: T, input: unknown) => string | void;

export function withSuccess<T, C>(action: Action<T, C>, onSuccess: OnSuccess<T>): Action<T, C> {
  return async (input: unknown) => {
    const result = await action(input);
    if (!result.ok) return result;
    const message = onSuccess(result.data, input);
    return message ? { ...result, message } : result;
  };
}

/** The useActionState shape (the previous state comes first and is ignored), with an optional onSuccess. */
export function formAction<T, C>(action: Action<T, C>, onSuccess?: OnSuccess<T>) {
  const run = onSuccess ? withSuccess(action, onSuccess) : action;
  return (_previous: unknown, input: unknown) => run(input);
}
