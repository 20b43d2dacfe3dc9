// The request id of whatever request or action is running, carried by AsyncLocalStorage so every log
// line written while it runs names it (lib/log.ts mixes it in) without passing a logger around.
// No "server-only": the logger that reads it is imported by the worker and launcher scripts too.
import { AsyncLocalStorage } from "node:async_hooks";

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `requestId` attached to every log line it (and what it awaits) writes. */
export function withRequestContext<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
