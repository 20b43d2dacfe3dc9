import { createHmac, hkdfSync } from "node:crypto";

// Keep in step with playwright.config.ts (webServer.env.AUTH_SECRET).
const AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-000000";

/**
 * An unsubscribe token as Herald signs them (lib/subscriptions/unsubscribe-token.ts documents the
 * format), valid for an hour.
 */
export function unsubscribeToken(
  recipient: { kind: "user" | "contact"; id: string },
  typeKey = "devices.connectivity-lost",
) {
  const key = Buffer.from(hkdfSync("sha256", AUTH_SECRET, Buffer.alloc(0), "herald:unsubscribe", 32));
  const payload = {
    p: "unsubscribe",
    k: recipient.kind,
    r: recipient.id,
    t: typeKey,
    e: Math.floor(Date.now() / 1000) + 3600,
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${createHmac("sha256", key).update(encoded).digest("base64url")}`;
}
