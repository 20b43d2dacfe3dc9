import { describe, expect, it } from "vitest";
import { TEST_RESEND_WEBHOOK_SECRET, signedHeaders } from "@/tests/fakes/resend-webhook";
import { verifyResendWebhook } from "./webhooks";

const body = '{"type":"email.delivered","created_at":"2026-12-02T10:00:00Z","data":{"email_id":"e1"}}';

describe("verifyResendWebhook", () => {
  it("accepts a body signed with the secret, naming its webhook id", () => {
    const headers = new Headers(signedHeaders(body, { id: "msg_1" }));
    expect(verifyResendWebhook(TEST_RESEND_WEBHOOK_SECRET, body, headers)).toEqual({ ok: true, id: "msg_1" });
  });

  it("refuses everything when this instance has no secret, and says so for its log only", () => {
    const headers = new Headers(signedHeaders(body));
    expect(verifyResendWebhook(undefined, body, headers)).toMatchObject({ ok: false, unconfigured: true });
  });

  it("refuses missing headers and a body changed after signing, as the caller's fault", () => {
    expect(verifyResendWebhook(TEST_RESEND_WEBHOOK_SECRET, body, new Headers())).toEqual({
      ok: false,
      reason: "Missing signature headers",
    });
    const headers = new Headers(signedHeaders(body));
    const changed = verifyResendWebhook(TEST_RESEND_WEBHOOK_SECRET, body.replace("e1", "e2"), headers);
    expect(changed).toMatchObject({ ok: false });
    expect(changed).not.toHaveProperty("unconfigured");
  });
});
