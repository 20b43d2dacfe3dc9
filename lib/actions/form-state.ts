// The shape every form action returns (house style): field errors and/or one message.
export interface FormState {
  ok?: boolean;
  errors?: Record<string, string[]>;
  /** A key of common.errors.* (or plain text). */
  message?: string;
  /** Set with message "unexpected": the id under which the failure was logged. */
  requestId?: string;
}

/** The result of an action called from code (TanStack mutations) rather than a form. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: { code: string; message: string; fields?: Record<string, string[]>; requestId?: string };
    };
