// Server actions on accounts rather than tenant data: ending one's own
// sessions, or (a platform admin) anyone's. The wrapper core in the account
// scope, where row-level security decides whose rows the transaction reaches.
import "server-only";
import type { z } from "zod";
import { actionIn, type Action, type ActionConfig, type ActionContext } from "./action";
import { accountScope } from "./scopes";
import type { AuthSession } from "./session";

export type UserActionContext<I> = ActionContext<I, AuthSession>;

export function userAction<Z extends z.ZodType, T, C = never>(
  config: ActionConfig<Z, C> & { permission: "own-account" | "platform:manage" },
  handler: (ctx: UserActionContext<z.output<Z>>) => Promise<T>,
): Action<T, C> {
  return actionIn(accountScope(config.permission), config, handler);
}
