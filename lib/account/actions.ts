"use server";
// Server actions of the account page (/account) and the platform's account
// list (/platform/accounts). They act on accounts, not tenant data, so they go
// through userAction: a transaction scoped to the caller, where row-level
// security lets it reach only the caller's own sessions, or anyone's for a
// platform admin.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { ACCOUNT_MESSAGES } from "@/lib/auth/messages";
import { userAction } from "@/lib/auth/user-action";
import { NotFoundError } from "@/lib/errors";
import { checkCurrentPassword, storeNewPassword } from "./change-own-password";
import { PASSWORD_MESSAGES } from "./password-messages";
import { changeOwnPasswordSchema, endUserSessionsSchema, noInputSchema } from "./schemas";

/** 退出所有设备: every session of the caller ends, this one included (the page then goes to sign-in). */
export const endAllMySessionsAction = formAction(
  userAction({ permission: "own-account", schema: noInputSchema }, ({ tx, session }) => endAllSessions(tx, session.userId)),
  () => ACCOUNT_MESSAGES.endedAll,
);

export const dismissSignInNoticeAction = formAction(
  userAction({ permission: "own-account", schema: noInputSchema }, async ({ tx, session }) => {
    await tx.authSession.updateMany({ where: { id: session.sessionId, userId: session.userId }, data: { noticeDismissedAt: new Date() } });
  }),
  () => {
    revalidatePath("/", "layout");
    return ACCOUNT_MESSAGES.dismissed;
  },
);

export const endUserSessionsAction = formAction(
  userAction({ permission: "platform:manage", schema: endUserSessionsSchema }, async ({ tx, input }) => {
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) throw new NotFoundError(ACCOUNT_MESSAGES.userNotFound);
    return endAllSessions(tx, input.userId);
  }),
  (ended) => {
    revalidatePath("/platform/accounts");
    return ACCOUNT_MESSAGES.endedMember(ended);
  },
);

/** 修改密码 (/account, and /account/password while a one-time password is pending). */
export const changeOwnPasswordAction = formAction(
  userAction(
    { permission: "own-account", schema: changeOwnPasswordSchema, before: ({ session, input }) => checkCurrentPassword(session, input) },
    ({ tx, session, input }) => storeNewPassword(tx, session, input),
  ),
  () => {
    revalidatePath("/", "layout");
    return PASSWORD_MESSAGES.changed;
  },
);
