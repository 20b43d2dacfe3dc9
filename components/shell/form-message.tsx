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

/**
 * What each field of a form takes from its name: `name`, its errors, the label (`labelOf(name)` unless
 * given) and the id (`${prefix}-${name}` in lower case unless given), to spread on `InputField`/`SelectField`.
 */
export function useFormFields(state: FormState, prefix: string, labelOf: (name: string) => string) {
  const errors = useFieldErrors(state);
  return (name: string, options: { id?: string; label?: string } = {}) => ({
    id: options.id ?? `${prefix}-${name.toLowerCase()}`,
    name,
    label: options.label ?? labelOf(name),
    errors: errors(name),
  });
}
