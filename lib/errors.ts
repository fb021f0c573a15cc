// Errors a user may see. Their messages are Chinese and safe to show;
// anything else is logged and answered with a generic message. What each one
// becomes (an HTTP status, an action result) is decided in one place:
// lib/auth/failure.ts.

/** A business rule refused the request (HTTP 422): "already submitted", "not your unit's slot"… */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

/** Missing, or belonging to another tenant (HTTP 404): the two are indistinguishable on purpose. */
export class NotFoundError extends UserFacingError {
  constructor(message = "记录不存在或无权访问") {
    super(message);
    this.name = "NotFoundError";
  }
}

/**
 * Someone else changed it first, or it already exists (HTTP 409). `current` is
 * their version, shown to the user instead of overwriting it. A caller that
 * shows `current` declares a subclass that fixes its type (ReportVersionConflict)
 * and names it in its wrapper's config, so the result is typed without a cast.
 */
export class ConflictError<C = undefined> extends UserFacingError {
  constructor(
    message: string,
    readonly current?: C,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A conflict class, as a wrapper's config names it: its instances carry a `current` of type C. */
export type ConflictClass<C> = abstract new (message: string, current?: C) => ConflictError<C>;
