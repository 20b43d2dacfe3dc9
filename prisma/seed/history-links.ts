// The worker's own personal parts and headers (lib/dispatch/worker/personal-parts.ts) for the demo
// e-mails: footer reason, unsubscribe links and the RFC 8058 List-Unsubscribe pair, made exactly as a
// real send makes them, signed with the seed's AUTH_SECRET and pointing to its APP_URL.
// Without AUTH_SECRET there is nothing to sign with: the demo e-mails go without unsubscribe links
// rather than with links no one could verify.
import { headersFor, personalFor, reasonFor } from "@/lib/dispatch/worker/personal-parts";
import type { UnsubscribeSigning } from "@/lib/subscriptions/unsubscribe-signing";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import type { TypeKey } from "@/lib/templates/payloads";

export type Personal = { name: string; reason: string; unsubscribeUrl?: string; oneClickUrl?: string };

/** What the demo links are signed with and point to; null without AUTH_SECRET. */
export function seedSigning(): UnsubscribeSigning | null {
  const authSecret = process.env.AUTH_SECRET;
  if (!authSecret) return null;
  return { authSecret, appUrl: process.env.APP_URL ?? "http://localhost:3000" };
}

/** The footer and links the worker stores on a delivery before sending it. */
export function demoPersonal(
  signing: UnsubscribeSigning | null,
  typeKey: TypeKey,
  recipient: ResolvedRecipient,
  queuedMs: number,
): Personal {
  if (!signing)
    return { name: recipient.name, reason: reasonFor(typeKey, recipient.locale, recipient.reasons) };
  const kind = recipient.kind === "user" ? "USER" : recipient.kind === "contact" ? "CONTACT" : "ADDRESS";
  return personalFor(signing, {
    typeKey,
    locale: recipient.locale,
    recipientKind: kind,
    userId: kind === "USER" ? recipient.id! : null,
    contactId: kind === "CONTACT" ? recipient.id! : null,
    name: recipient.name,
    reasons: recipient.reasons,
    test: false,
    now: new Date(queuedMs),
  });
}

/** The headers the worker sends with an e-mail. */
export function demoHeaders(
  id: string,
  eventId: string,
  host: string,
  personal: Personal,
): Record<string, string> {
  return headersFor({ deliveryId: id, eventId, messageId: `${id}@${host}`, personal });
}
