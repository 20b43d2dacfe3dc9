// One-click unsubscribe links (RFC 8058). A token names a recipient and a type, expires after 60
// days, and is signed with HMAC-SHA256 under a key derived from AUTH_SECRET (HKDF, info
// "herald:unsubscribe"), so no other use of AUTH_SECRET can produce or accept one.
//
//   token   = base64url(JSON payload) "." base64url(HMAC-SHA256(key, first part))
//   payload = { p: "unsubscribe", k: "user" | "contact", r: <recipient id>, t: <type key>, e: <expiry, Unix s>,
//               m?: [<more type keys>] }
//
// `m` is for an e-mail about several types at once (the daily digest): its one-click link mutes them all.
//
// No lib/env here: the caller passes AUTH_SECRET and APP_URL, so the seed can make the links before
// any environment is validated. ./unsubscribe-token binds this instance's. No "server-only": dispatch
// computes links in the worker as well as in Next.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { RecipientRef } from "./types";

export const UNSUBSCRIBE_PURPOSE = "unsubscribe";
export const UNSUBSCRIBE_TOKEN_TTL_DAYS = 60;
const HKDF_INFO = "herald:unsubscribe";

/** What makes a link: the key it is signed with and the server it points to. */
export interface UnsubscribeSigning {
  authSecret: string;
  appUrl: string;
}

export interface UnsubscribeTokenInput {
  recipient: RecipientRef;
  typeKey: string;
  /** Further types the same link unsubscribes from (a digest's), besides `typeKey`. */
  moreTypeKeys?: readonly string[];
  now?: Date;
}

export interface UnsubscribeClaims {
  recipient: RecipientRef;
  typeKey: string;
  /** Present only on a link for several types (a digest's). */
  moreTypeKeys?: string[];
  expiresAt: Date;
}

/** The longest token accepted (the one-click route's path limit). */
export const MAX_UNSUBSCRIBE_TOKEN_LENGTH = 2000;

export type UnsubscribeTokenFailure = "malformed" | "bad-signature" | "expired" | "wrong-purpose";

export type VerifyUnsubscribeTokenResult =
  { ok: true; claims: UnsubscribeClaims } | { ok: false; reason: UnsubscribeTokenFailure };

const payloadSchema = z.object({
  p: z.string(),
  k: z.enum(["user", "contact"]),
  r: z.string().min(1).max(64),
  t: z.string().min(1).max(200),
  e: z.number().int().positive(),
  m: z.array(z.string().min(1).max(200)).min(1).max(100).optional(),
});

let cachedKey: { secret: string; key: Buffer } | undefined;

function signingKey(secret: string): Buffer {
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), HKDF_INFO, 32)) };
  }
  return cachedKey.key;
}

function sign(authSecret: string, encodedPayload: string): Buffer {
  return createHmac("sha256", signingKey(authSecret)).update(encodedPayload).digest();
}

export function signUnsubscribeToken(
  authSecret: string,
  { recipient, typeKey, moreTypeKeys = [], now = new Date() }: UnsubscribeTokenInput,
): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TOKEN_TTL_DAYS * 24 * 60 * 60;
  const more = [...new Set(moreTypeKeys)].filter((key) => key !== typeKey);
  const payload = {
    p: UNSUBSCRIBE_PURPOSE,
    k: recipient.kind,
    r: recipient.id,
    t: typeKey,
    e: expires,
    ...(more.length ? { m: more } : {}),
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${sign(authSecret, encoded).toString("base64url")}`;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function checkUnsubscribeToken(
  authSecret: string,
  token: string,
  now: Date = new Date(),
): VerifyUnsubscribeTokenResult {
  const parts = token.split(".");
  if (parts.length !== 2 || token.length > MAX_UNSUBSCRIBE_TOKEN_LENGTH)
    return { ok: false, reason: "malformed" };
  const [encoded, signature] = parts as [string, string];
  if (!BASE64URL.test(encoded) || !BASE64URL.test(signature)) return { ok: false, reason: "malformed" };

  const given = Buffer.from(signature, "base64url");
  const expected = sign(authSecret, encoded);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "bad-signature" };

  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const payload = parsed.data;
  if (payload.p !== UNSUBSCRIBE_PURPOSE) return { ok: false, reason: "wrong-purpose" };
  if (payload.e * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return {
    ok: true,
    claims: {
      recipient: { kind: payload.k, id: payload.r },
      typeKey: payload.t,
      ...(payload.m ? { moreTypeKeys: payload.m } : {}),
      expiresAt: new Date(payload.e * 1000),
    },
  };
}

/**
 * Both links for one recipient and type: `page`, the confirmation page for the footer; `oneClick` for
 * the headers `List-Unsubscribe: <oneClick>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`
 * (RFC 8058).
 */
export function unsubscribeLinks(
  { authSecret, appUrl }: UnsubscribeSigning,
  input: UnsubscribeTokenInput,
): { page: string; oneClick: string } {
  const page = `${appUrl.replace(/\/$/, "")}/unsubscribe/${signUnsubscribeToken(authSecret, input)}`;
  return { page, oneClick: `${page}/one-click` };
}
