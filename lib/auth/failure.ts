// The one error map. Every wrapper (server actions, route handlers, the
// platform and account scopes) turns a refusal into a Failure here, and its
// adapter only changes the shape: an ActionResult or an HTTP response with
// FAILURE_STATUS[kind].
import { ConflictError, NotFoundError, UserFacingError, type ConflictClass } from "@/lib/errors";

export type FieldErrors = Record<string, string[]>;

export type FailureKind = "invalid" | "signedOut" | "forbidden" | "notFound" | "conflict" | "unsupported" | "refused" | "failed";

export const FAILURE_STATUS: Record<FailureKind, number> = {
  invalid: 400,
  signedOut: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  unsupported: 415,
  refused: 422,
  failed: 500,
};

/** The messages of failures that carry no message of their own. */
export const FAILURE_MESSAGES = {
  signedOut: "登录已失效，请重新登录",
  forbidden: "您没有执行此操作的权限",
  invalid: "提交的内容有误，请检查标红的字段",
  notFound: new NotFoundError().message,
  failed: "操作失败，请稍后重试",
} as const;

export interface Failure<C = never> {
  kind: FailureKind;
  message: string;
  fieldErrors?: FieldErrors;
  /** The other person's version, when the conflict is of the class the wrapper declared. */
  conflict?: C;
}

export function failure(kind: "signedOut" | "forbidden" | "notFound" | "failed"): Failure {
  return { kind, message: FAILURE_MESSAGES[kind] };
}

/**
 * Maps what a handler threw. Only UserFacingError and its subclasses carry a
 * message meant for users; anything else is logged (with `where`) and
 * answered generically, never with its text or stack.
 */
export function failureOf<C>(err: unknown, where: string, conflictClass?: ConflictClass<C>): Failure<C> {
  if (err instanceof NotFoundError) return { kind: "notFound", message: err.message };
  if (err instanceof ConflictError) {
    const typed = conflictClass && err instanceof conflictClass && err.current !== undefined;
    return { kind: "conflict", message: err.message, ...(typed ? { conflict: err.current as C } : {}) };
  }
  if (err instanceof UserFacingError) return { kind: "refused", message: err.message, ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}) };
  console.error(`[${where}] unexpected failure`, err);
  return failure("failed");
}
