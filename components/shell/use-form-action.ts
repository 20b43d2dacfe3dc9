"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * useActionState for a form, submitted without React's automatic reset: on a field error the person
 * keeps what they typed. The form still gets `action` (it works before hydration); once hydrated,
 * `onSubmit` takes over.
 */
export function useFormAction(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState(action, {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  };
  return { state, action: dispatch, pending, onSubmit };
}
