import { createHmac, hkdfSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import {
  createUnsubscribeToken,
  unsubscribeUrl,
  unsubscribeUrls,
  verifyUnsubscribeToken,
} from "./unsubscribe-token";

const recipient = { kind: "user" as const, id: "01970000-0000-7000-8000-000000000001" };
const typeKey = "certificates.revocation";
const now = new Date("2026-11-25T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

/** Signs any payload as Herald does (the documented format), to build tokens the app never makes. */
function signRaw(payload: unknown) {
  const key = Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, Buffer.alloc(0), "herald:unsubscribe", 32));
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${createHmac("sha256", key).update(encoded).digest("base64url")}`;
}

describe("unsubscribe tokens", () => {
  it("round-trips the recipient and type, and expires after 60 days", () => {
    const token = createUnsubscribeToken({ recipient, typeKey, now });
    const result = verifyUnsubscribeToken(token, new Date(now.getTime() + 59 * DAY));
    expect(result).toEqual({
      ok: true,
      claims: { recipient, typeKey, expiresAt: new Date(now.getTime() + 60 * DAY) },
    });
    expect(verifyUnsubscribeToken(token, new Date(now.getTime() + 60 * DAY))).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("works for external contacts", () => {
    const contact = { kind: "contact" as const, id: "01970000-0000-7000-8000-000000000002" };
    const result = verifyUnsubscribeToken(createUnsubscribeToken({ recipient: contact, typeKey, now }), now);
    expect(result.ok && result.claims.recipient).toEqual(contact);
  });

  it("rejects a tampered payload or signature", () => {
    const token = createUnsubscribeToken({ recipient, typeKey, now });
    const [payload, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(
      Buffer.from(payload, "base64url").toString().replace(typeKey, "certificates.renewal"),
    ).toString("base64url");
    expect(verifyUnsubscribeToken(`${forged}.${signature}`, now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(verifyUnsubscribeToken(`${payload}.${flipped}`, now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(verifyUnsubscribeToken(`${payload}.${signature.slice(0, 10)}`, now)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
  });

  it("rejects malformed tokens", () => {
    for (const token of [
      "",
      "abc",
      "a.b.c",
      "a b.c",
      `${"a".repeat(2000)}.b`,
      signRaw("not an object"),
      signRaw({ p: "unsubscribe" }),
    ]) {
      expect(verifyUnsubscribeToken(token, now), token.slice(0, 20)).toEqual({
        ok: false,
        reason: "malformed",
      });
    }
  });

  it("rejects a validly signed token made for another purpose", () => {
    const token = signRaw({
      p: "password-reset",
      k: "user",
      r: recipient.id,
      t: typeKey,
      e: now.getTime() / 1000 + 3600,
    });
    expect(verifyUnsubscribeToken(token, now)).toEqual({ ok: false, reason: "wrong-purpose" });
  });

  it("builds the page and one-click URLs under APP_URL", () => {
    const url = unsubscribeUrl({ recipient, typeKey, now });
    expect(url).toMatch(/^http:\/\/localhost:3000\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const urls = unsubscribeUrls({ recipient, typeKey, now });
    expect(urls.oneClick).toBe(`${urls.page}/one-click`);
  });
});
