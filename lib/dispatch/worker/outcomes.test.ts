import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "@/lib/dispatch/timing";
import { resolve } from "./outcomes";
import type { ProcessContext } from "./process";

const now = new Date("2026-12-02T10:00:00Z");
// Only the clock and the back-off matter to resolve(); the back-off here is 5 s, or the Retry-After.
const ctx = {
  now: () => now,
  retryDelay: (_attempt: number, retryAfter?: number) => Math.max(5_000, (retryAfter ?? 0) * 1000),
} as ProcessContext;

const failure = (retryable: boolean, extra: { statusCode?: number; retryAfterSeconds?: number } = {}) => ({
  ok: false as const,
  transport: "RESEND" as const,
  retryable,
  error: "boom",
  ...extra,
});

describe("resolve", () => {
  it("marks an accepted e-mail SENT with the provider's id", () => {
    expect(resolve(ctx, 1, { ok: true, transport: "RESEND", providerMessageId: "p1" })).toEqual({
      status: "SENT",
      providerMessageId: "p1",
    });
  });

  it("queues a retryable failure again after the back-off, never sooner than Retry-After", () => {
    expect(resolve(ctx, 1, failure(true, { statusCode: 503 }))).toEqual({
      status: "QUEUED",
      availableAt: new Date(now.getTime() + 5_000),
      statusCode: 503,
      error: "boom",
    });
    expect(resolve(ctx, 2, failure(true, { statusCode: 429, retryAfterSeconds: 30 }))).toMatchObject({
      status: "QUEUED",
      availableAt: new Date(now.getTime() + 30_000),
    });
  });

  it("fails a permanent error at once, and a retryable one on the last attempt", () => {
    expect(resolve(ctx, 1, failure(false, { statusCode: 422 }))).toEqual({
      status: "FAILED",
      statusCode: 422,
      error: "boom",
    });
    expect(resolve(ctx, MAX_ATTEMPTS - 1, failure(true)).status).toBe("QUEUED");
    expect(resolve(ctx, MAX_ATTEMPTS, failure(true)).status).toBe("FAILED");
  });
});
