// Server actions on the platform (the indicator catalogue, tenants): the
// wrapper core in the platform scope (a platform admin, by "platform:manage").
import "server-only";
import type { z } from "zod";
import { actionIn, type Action, type ActionConfig, type ActionContext } from "./action";
import { platformScope } from "./scopes";
import type { AuthSession } from "./session";

export type PlatformActionContext<I> = ActionContext<I, AuthSession>;

export function platformAction<Z extends z.ZodType, T, C = never>(
  config: ActionConfig<Z, C>,
  handler: (ctx: PlatformActionContext<z.output<Z>>) => Promise<T>,
): Action<T, C> {
  return actionIn(platformScope, config, handler);
}
