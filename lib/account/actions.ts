"use server";
// Server actions of the account page (/account) and the platform's account
// list (/platform/accounts). They act on accounts, not tenant data, so they go
// through userAction: a transaction scoped to the caller, where row-level
// security lets it reach only the caller's own sessions, or anyone's for a
// platform admin.
import { revalidatePath } from "next/cache";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { ACCOUNT_MESSAGES } from "@/lib/auth/messages";
import { userAction } from "@/lib/auth/user-action";
import type { ActionResult } from "@/lib/auth/action";
import { NotFoundError } from "@/lib/errors";
import { changeOwnPassword } from "./change-own-password";
import { PASSWORD_MESSAGES } from "./password-messages";
import { changeOwnPasswordSchema, endUserSessionsSchema, noInputSchema } from "./schemas";

const endMine = userAction({ permission: "own-account", schema: noInputSchema }, ({ tx, session }) => endAllSessions(tx, session.userId));

const dismissNotice = userAction({ permission: "own-account", schema: noInputSchema }, ({ tx, session }) =>
  tx.authSession.updateMany({ where: { id: session.sessionId, userId: session.userId }, data: { noticeDismissedAt: new Date() } }),
);

const endUsers = userAction({ permission: "platform:manage", schema: endUserSessionsSchema }, async ({ tx, input }) => {
  if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) throw new NotFoundError(ACCOUNT_MESSAGES.userNotFound);
  return endAllSessions(tx, input.userId);
});

/** 退出所有设备: every session of the caller ends, this one included (the page then goes to sign-in). */
export async function endAllMySessionsAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await endMine(input);
  return result.ok ? { ...result, message: ACCOUNT_MESSAGES.endedAll } : result;
}

export async function dismissSignInNoticeAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await dismissNotice(input);
  if (result.ok) revalidatePath("/", "layout");
  return result.ok ? { ...result, data: undefined, message: ACCOUNT_MESSAGES.dismissed } : result;
}

export async function endUserSessionsAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await endUsers(input);
  if (result.ok) revalidatePath("/platform/accounts");
  return result.ok ? { ...result, message: ACCOUNT_MESSAGES.endedMember(result.data) } : result;
}

const changePassword = userAction({ permission: "own-account", schema: changeOwnPasswordSchema }, ({ tx, session, input }) =>
  changeOwnPassword(tx, session, input),
);

/** 修改密码 (/account, and /account/password while a one-time password is pending). */
export async function changeOwnPasswordAction(_prev: ActionResult<unknown> | null, input: FormData | Record<string, unknown>) {
  const result = await changePassword(input);
  if (result.ok) revalidatePath("/", "layout");
  return result.ok ? { ...result, message: PASSWORD_MESSAGES.changed } : result;
}
