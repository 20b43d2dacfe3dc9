import { describe, expect, it } from "vitest";
import { checkUnsubscribeToken } from "@/lib/subscriptions/unsubscribe-signing";
import { digestOneClickUrl, personalFor } from "./personal-parts";

// The seed signs its demo links with its own settings, not this process's env: the links must follow them.
const signing = {
  authSecret: "seed-secret-seed-secret-seed-secret-0000",
  appUrl: "https://herald.bank.example/",
};
const otherSecret = "another-secret-another-secret-another-00";
const recipient = {
  typeKey: "access-control.request-approved",
  locale: "en" as const,
  recipientKind: "USER" as const,
  userId: "0192f0c4-1111-7000-8000-000000000001",
  contactId: null,
  name: "Ana Souza",
  reasons: [{ via: "direct", target: "type" }],
  test: false,
};

const tokenOf = (url: string) => url.match(/\/unsubscribe\/([^/]+)/)![1]!;

describe("personal parts with the caller's signing", () => {
  it("points the links to the given app URL and signs them with the given secret only", () => {
    const personal = personalFor(signing, recipient);
    expect(personal.unsubscribeUrl).toMatch(/^https:\/\/herald\.bank\.example\/unsubscribe\/[^/]+$/);
    expect(personal.oneClickUrl).toBe(`${personal.unsubscribeUrl}/one-click`);
    const token = tokenOf(personal.unsubscribeUrl!);
    expect(checkUnsubscribeToken(signing.authSecret, token)).toMatchObject({ ok: true });
    expect(checkUnsubscribeToken(otherSecret, token)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("signs a digest's one-click link the same way", () => {
    const url = digestOneClickUrl(signing, [recipient])!;
    expect(url).toMatch(/^https:\/\/herald\.bank\.example\/unsubscribe\/[^/]+\/one-click$/);
    expect(checkUnsubscribeToken(signing.authSecret, tokenOf(url))).toMatchObject({ ok: true });
    expect(checkUnsubscribeToken(otherSecret, tokenOf(url))).toEqual({ ok: false, reason: "bad-signature" });
  });
});
