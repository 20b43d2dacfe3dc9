// The shape every form action returns (house style): field errors and/or one message.
export interface FormState {
  ok?: boolean;
  errors?: Record<string, string[]>;
  message?: string;
}

/** The result of an action called from code (TanStack mutations) rather than a form. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields?: Record<string, string[]> } };
