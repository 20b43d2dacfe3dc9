// What a confirm-then-act flow's action answered, reduced to "done" or one error to show.
// Pure, so the rule is unit-tested without a browser.
import type { ActionResult, FormState } from "@/lib/actions/form-state";

/**
 * What `ConfirmDialog`'s `onConfirm` may resolve to: an `authedAction` result, an `authedFormAction`
 * state, or nothing (the action redirected, or a mutation that throws on failure succeeded).
 */
export type ConfirmResult = ActionResult<unknown> | FormState | void;

export interface ConfirmFailure {
  /** A key of common.errors.* or text to show as given. */
  message: string;
  requestId?: string;
}

/** The failure in an action's answer, or null when it succeeded. */
export function confirmFailure(result: ConfirmResult): ConfirmFailure | null {
  if (!result || result.ok === true) return null;
  if ("error" in result) return { message: result.error.message, requestId: result.error.requestId };
  const form = result as FormState;
  if (form.message) return { message: form.message, requestId: form.requestId };
  if (form.errors && Object.keys(form.errors).length > 0) return { message: "checkFields" };
  // A form state with neither `ok` nor a reason: the action ran and had nothing to report.
  return null;
}

/**
 * A thrown failure (TanStack mutations throw the action's message key; a lost connection throws a
 * TypeError): its message when it is one of ours, otherwise "network".
 */
export function thrownFailure(error: unknown, isKnownKey: (key: string) => boolean): ConfirmFailure {
  if (error instanceof Error && isKnownKey(error.message)) return { message: error.message };
  return { message: "network" };
}

/**
 * An action that succeeded by redirecting (e.g. deleting a group goes back to the list) rejects its
 * promise with Next's redirect error, which Next must receive to navigate.
 */
export function isRedirect(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    typeof error.digest === "string" &&
    error.digest.startsWith("NEXT_REDIRECT")
  );
}
