import { describe, expect, it } from "vitest";
import { replayFeedback } from "./transitions";

describe("replayFeedback", () => {
  it("applies events in order with the webhook's rules", () => {
    expect(replayFeedback("SENT", [{ type: "email.delivered" }])).toEqual({
      status: "DELIVERED",
      lastError: null,
    });
    expect(
      replayFeedback("SENT", [
        { type: "email.delivery_delayed" },
        { type: "email.bounced", bounceMessage: "Mailbox full" },
      ]),
    ).toEqual({ status: "BOUNCED", lastError: "Bounced: Mailbox full" });
  });

  it("never undoes a bounce with a late 'delivered', and ignores other event types", () => {
    expect(
      replayFeedback("SENT", [
        { type: "email.bounced" },
        { type: "email.delivered" },
        { type: "email.opened" },
      ]),
    ).toEqual({ status: "BOUNCED", lastError: null });
  });

  it("is null when nothing moves the delivery", () => {
    expect(replayFeedback("SENT", [{ type: "email.sent" }])).toBeNull();
    expect(replayFeedback("SENT", [])).toBeNull();
  });
});
