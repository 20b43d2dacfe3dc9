"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { subscriptionKeys, subscriptionUrls } from "@/lib/subscriptions/keys";
import type { BulkUpdateInput } from "@/lib/subscriptions/schemas";
import type { BulkEvent } from "@/lib/subscriptions/types";
import { ApiError, toApiError } from "@/lib/query/fetch-json";

type BulkInput = Omit<BulkUpdateInput, "mode"> & { mode?: BulkUpdateInput["mode"] };

export type BulkState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number }
  | { status: "done"; result: Extract<BulkEvent, { type: "done" }>["result"] }
  | { status: "error"; error: ApiError };

/**
 * Runs a bulk change through the streaming route: progress while the server's single transaction
 * works through the recipients, then the committed result (or the reason nothing was changed).
 */
export function useBulkUpdate() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkState>({ status: "idle" });

  const run = useCallback(
    async (input: BulkInput) => {
      setState({ status: "running", done: 0, total: 0 });
      try {
        const response = await fetch(subscriptionUrls.bulk, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/x-ndjson" },
          body: JSON.stringify(input),
        });
        if (!response.ok || !response.body) {
          // Refused before any work started: the usual JSON error shape.
          throw await toApiError(response);
        }
        const final = await readEvents(response.body, (event) => {
          if (event.type === "progress")
            setState({ status: "running", done: event.done, total: event.total });
        });
        if (final?.type === "done") setState({ status: "done", result: final.result });
        else if (final?.type === "error")
          setState({ status: "error", error: new ApiError(200, final.code, final.message, final.details) });
        else
          setState({ status: "error", error: new ApiError(200, "INTERNAL", "The connection ended early") });
      } catch (error) {
        setState({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError(0, "NETWORK", (error as Error).message),
        });
      } finally {
        await queryClient.invalidateQueries({ queryKey: subscriptionKeys.all });
      }
    },
    [queryClient],
  );

  return { state, run, reset: () => setState({ status: "idle" }) };
}

async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: BulkEvent) => void,
): Promise<BulkEvent | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let last: BulkEvent | undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      last = JSON.parse(line) as BulkEvent;
      onEvent(last);
    }
    if (done) return last;
  }
}
