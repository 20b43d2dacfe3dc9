import "server-only";
import { markEntryPoint } from "@/lib/api/entry-point";
import { formDataToObject } from "@/lib/validation/form-data";
import { unsafeTextErrors } from "@/lib/validation/text";

/**
 * The few server actions that run without a session (sign-in, sign-out, the unsubscribe page's confirm
 * button): `reason` says why no session is needed, and the entry-point test lists it. The form's text is
 * checked for unsafe characters (lib/validation/text.ts) before `run` sees it; `refuse` turns the
 * problems into the action's own state.
 */
export function publicFormAction<State>(
  reason: string,
  refuse: (errors: Record<string, string[]>) => State | Promise<State>,
  run: (previous: State, formData: FormData) => Promise<State>,
) {
  const action = async (previous: State, formData: FormData): Promise<State> => {
    const errors = unsafeTextErrors(formDataToObject(formData));
    if (errors) return refuse(errors);
    return run(previous, formData);
  };
  return markEntryPoint(action, { kind: "public-action", reason });
}

/** A public action without input (sign-out). */
export function publicAction(reason: string, run: () => Promise<void>) {
  const action = async (): Promise<void> => run();
  return markEntryPoint(action, { kind: "public-action", reason });
}
