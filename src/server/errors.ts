// Expected failures of an action or page. Only these carry their message to the browser: the
// message is a key in the message files ("errors.*"), translated for the user's language.
// Anything else is logged and shown as a generic error.
export class UserError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "UserError";
  }
}

export class NotAuthenticatedError extends UserError {
  constructor() {
    super("errors.notAuthenticated");
    this.name = "NotAuthenticatedError";
  }
}

export class ForbiddenError extends UserError {
  constructor() {
    super("errors.forbidden");
    this.name = "ForbiddenError";
  }
}

/** The row does not exist or is outside the user's scope: the same answer, so nothing leaks. */
export class NotFoundError extends UserError {
  constructor() {
    super("errors.notFound");
    this.name = "NotFoundError";
  }
}

/** One field another user changed: its label (a message key), its value now and the value this save would write. */
export type StaleChange = { labelKey: string; now: string; mine: string };

/** The record was saved by someone else since this form was opened (versioned-update.ts). */
export class StaleEditError extends UserError {
  constructor(readonly changes: StaleChange[]) {
    super("errors.staleEdit");
    this.name = "StaleEditError";
  }
}
