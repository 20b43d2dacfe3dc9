import { describe, expect, it } from "vitest";
import { asTransportError, classifyHttpFailure, classifySmtpFailure, parseRetryAfter } from "./classify";
import { MailTransportError } from "./types";

describe("classifyHttpFailure", () => {
  it.each([
    [undefined, undefined, true],
    [500, "internal_server_error", true],
    [502, undefined, true],
    [503, undefined, true],
    [429, "rate_limit_exceeded", true],
    [401, "missing_api_key", true],
    [409, "concurrent_idempotent_requests", true],
    [409, "invalid_idempotent_request", false],
    [400, "validation_error", false],
    [403, "validation_error", false],
    [404, "not_found", false],
    [422, "validation_error", false],
  ])("status %s (%s) → retryable %s", (status, name, retryable) => {
    expect(classifyHttpFailure({ status, name, message: "m" })).toMatchObject({ retryable, status });
  });

  it("keeps Retry-After for retryable answers only", () => {
    expect(classifyHttpFailure({ status: 429, message: "m", retryAfter: "12" }).retryAfterSeconds).toBe(12);
    expect(
      classifyHttpFailure({ status: 422, message: "m", retryAfter: "12" }).retryAfterSeconds,
    ).toBeUndefined();
  });
});

describe("classifySmtpFailure", () => {
  const smtp = (responseCode?: number, code?: string) =>
    Object.assign(new Error("reply"), {
      ...(responseCode ? { responseCode } : {}),
      ...(code ? { code } : {}),
    });

  it("4xx replies are retryable, 5xx permanent, no reply retryable", () => {
    expect(classifySmtpFailure(smtp(421, "EENVELOPE"))).toMatchObject({ retryable: true, status: 421 });
    expect(classifySmtpFailure(smtp(452, "EENVELOPE"))).toMatchObject({ retryable: true, status: 452 });
    expect(classifySmtpFailure(smtp(550, "EENVELOPE"))).toMatchObject({ retryable: false, status: 550 });
    expect(classifySmtpFailure(smtp(554, "EMESSAGE"))).toMatchObject({ retryable: false, status: 554 });
    expect(classifySmtpFailure(smtp(undefined, "ECONNECTION"))).toMatchObject({
      retryable: true,
      status: undefined,
    });
    expect(classifySmtpFailure(smtp(undefined, "ETIMEDOUT"))).toMatchObject({ retryable: true });
  });

  it("authentication and TLS failures are the relay's configuration: retryable even with a 5xx", () => {
    expect(classifySmtpFailure(smtp(535, "EAUTH"))).toMatchObject({ retryable: true, status: 535 });
    expect(classifySmtpFailure(smtp(undefined, "ETLS"))).toMatchObject({ retryable: true });
  });

  it("passes a MailTransportError through unchanged", () => {
    const error = new MailTransportError("bad header", false);
    expect(classifySmtpFailure(error)).toBe(error);
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  it("reads seconds and HTTP dates, rounds up, ignores garbage and the past, caps at a day", () => {
    expect(parseRetryAfter("7", now)).toBe(7);
    expect(parseRetryAfter("1.2", now)).toBe(2);
    expect(parseRetryAfter("Wed, 02 Dec 2026 10:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("Wed, 02 Dec 2026 09:00:00 GMT", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("0", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("999999999", now)).toBe(86_400);
  });
});

describe("asTransportError", () => {
  it("wraps anything else as retryable", () => {
    expect(asTransportError(new Error("db down"))).toMatchObject({ retryable: true, message: "db down" });
    expect(asTransportError("odd")).toMatchObject({ retryable: true, message: "odd" });
  });
});
