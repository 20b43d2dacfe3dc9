import { describe, expect, it } from "vitest";
import { effectiveDelivery, maySelfSubscribe } from "./policy";
import { maskEmail } from "./mask-email";

describe("effectiveDelivery", () => {
  it("needs a path", () => {
    expect(effectiveDelivery({ mandatory: true, pathModes: [] }).delivered).toBe(false);
  });
  it("is immediate if any path is, digest if all are, and the recipient's mode wins", () => {
    expect(effectiveDelivery({ mandatory: false, pathModes: ["DIGEST", "IMMEDIATE"] }).mode).toBe(
      "IMMEDIATE",
    );
    expect(effectiveDelivery({ mandatory: false, pathModes: ["DIGEST"] }).mode).toBe("DIGEST");
    expect(
      effectiveDelivery({
        mandatory: false,
        pathModes: ["IMMEDIATE"],
        preference: { muted: false, mode: "DIGEST" },
      }).mode,
    ).toBe("DIGEST");
  });
  it("drops muted types, except mandatory ones, which are always immediate", () => {
    const preference = { muted: true, mode: "DIGEST" as const };
    expect(effectiveDelivery({ mandatory: false, pathModes: ["IMMEDIATE"], preference })).toEqual({
      delivered: false,
      mode: "DIGEST",
      muted: true,
    });
    expect(effectiveDelivery({ mandatory: true, pathModes: ["DIGEST"], preference })).toEqual({
      delivered: true,
      mode: "IMMEDIATE",
      muted: true,
    });
  });
});

describe("maySelfSubscribe", () => {
  it("keeps restricted categories from users, not from staff", () => {
    expect(maySelfSubscribe("USER", "certificates.revocation")).toBe(true);
    expect(maySelfSubscribe("USER", "user-behavior.excessive-views")).toBe(false);
    expect(maySelfSubscribe("AUDITOR", "user-behavior.excessive-views")).toBe(true);
    expect(maySelfSubscribe("ADMIN", "nope.nothing")).toBe(false);
  });
});

describe("maskEmail", () => {
  it("keeps the first and last letters of the local part and the domain", () => {
    expect(maskEmail("beatriz.souza@herald.local")).toBe("b••••••••••a@herald.local");
    expect(maskEmail("ab@x.test")).toBe("a•@x.test");
    expect(maskEmail("nobody")).toBe("•••");
  });
});
