"use client";

import { useErrorText } from "@/lib/i18n/use-error-text";
import type { FormState } from "@/lib/actions/form-state";

/** The form-level message (e.g. "Check the highlighted fields"), announced politely when it appears. */
export function FormMessage({ state, success }: { state: FormState; success?: string }) {
  const errorText = useErrorText();
  const text = state.ok ? success : errorText(state.message);
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="form-message"
      className={state.ok ? "text-sm text-success" : "text-sm font-medium text-destructive"}
    >
      {text}
    </p>
  );
}

/** Field errors (common.errors keys) in the person's language. */
export function useFieldErrors(state: FormState) {
  const errorText = useErrorText();
  return (field: string) => state.errors?.[field]?.map((key) => errorText(key) ?? key);
}
