// The worker's own personal parts and headers (lib/dispatch/worker/personal.ts) for the demo e-mails:
// footer reason, unsubscribe links and the RFC 8058 List-Unsubscribe pair, made exactly as a real send
// makes them. Those links are signed with AUTH_SECRET, which personal.ts reads from the validated
// environment (lib/env); that refuses to load without DATABASE_URL as well, which `npm start` never
// sets for its embedded database, so the seed's own database URL stands in while the module loads.
// Without AUTH_SECRET (an `npm start` that generates it after seeding) there is nothing to sign with:
// null, and the demo e-mails go without unsubscribe links rather than with links no one could verify.
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import type { TypeKey } from "@/lib/templates/payloads";
import { footerReason } from "./history-rows";

export type WorkerPersonal = typeof import("@/lib/dispatch/worker/personal");
export type Personal = { name: string; reason: string; unsubscribeUrl?: string; oneClickUrl?: string };

export async function loadWorkerPersonal(databaseUrl: string): Promise<WorkerPersonal | null> {
  if (!process.env.AUTH_SECRET) return null;
  const given = process.env.DATABASE_URL;
  process.env.DATABASE_URL = given ?? databaseUrl;
  try {
    return await import("@/lib/dispatch/worker/personal");
  } catch {
    // A configuration the server would refuse too (it says why when it starts): no links here.
    return null;
  } finally {
    if (given === undefined) delete process.env.DATABASE_URL;
  }
}

/** The footer and links the worker stores on a delivery before sending it. */
export function demoPersonal(
  worker: WorkerPersonal | null,
  typeKey: TypeKey,
  recipient: ResolvedRecipient,
  queuedMs: number,
): Personal {
  if (!worker)
    return { name: recipient.name, reason: footerReason(typeKey, recipient.locale, recipient.reasons) };
  const kind = recipient.kind === "user" ? "USER" : recipient.kind === "contact" ? "CONTACT" : "ADDRESS";
  return worker.personalFor({
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

/** The headers the worker sends with an e-mail (its own function when it could be loaded). */
export function demoHeaders(
  worker: WorkerPersonal | null,
  id: string,
  eventId: string,
  host: string,
  personal: Personal,
): Record<string, string> {
  const messageId = `${id}@${host}`;
  if (worker) return worker.headersFor({ deliveryId: id, eventId, messageId, personal });
  return { "Message-ID": `<${messageId}>`, "X-Herald-Delivery-Id": id, "X-Herald-Event-Id": eventId };
}
