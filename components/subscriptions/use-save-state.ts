"use client";

import { useCallback, useRef, useState } from "react";
import { ApiError } from "@/lib/query/fetch-json";
import { useErrorText } from "@/lib/i18n/use-error-text";
import type { SaveState } from "./save-status";

/**
 * Tracks the saves of an interactive list: "saving" while any is in flight, "saved" when the last
 * one lands, the translated reason when one fails (its optimistic change is rolled back by the
 * mutation itself).
 */
export function useSaveState() {
  const errorText = useErrorText();
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const pending = useRef(0);

  const track = useCallback(
    async (save: () => Promise<unknown>) => {
      pending.current += 1;
      setState({ status: "saving" });
      try {
        await save();
        pending.current -= 1;
        if (pending.current === 0) setState({ status: "saved" });
      } catch (error) {
        pending.current -= 1;
        setState({ status: "error", message: describeError(error, errorText) });
      }
    },
    [errorText],
  );

  return { state, track };
}

/** An API error's message is a common.errors key when expected; anything else is shown as it is. */
export function describeError(
  error: unknown,
  errorText: (key: string | undefined) => string | undefined,
): string {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  return errorText(message) ?? message;
}
