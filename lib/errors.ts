// Errors a user may see. Their messages are Chinese and safe to show;
// anything else is logged and answered with a generic message.
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

/** Missing, or belonging to another tenant: the two are indistinguishable on purpose. */
export class NotFoundError extends UserFacingError {
  constructor(message = "记录不存在或无权访问") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Someone else changed it first: `current` is their version, shown to the user instead of overwriting it. */
export class ConflictError extends UserFacingError {
  constructor(
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}
