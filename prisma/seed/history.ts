// Demo send history: 30 days of events and deliveries in every status, with attempts, provider
// feedback, a few deduplicated events and the latest Mailbox messages, so the dashboard, the history
// and the mailbox have something true to show on a fresh install. Deterministic (a seeded random
// generator), written with one INSERT … SELECT per table (see insertRows), never row by row.
//
// The recipients and their reasons come from the real resolver over the demo subscriptions, and
// each event is rendered once per language with the real templates, so every demo e-mail opens.
// Unsubscribe links are left out: they are signed with AUTH_SECRET, which the seed does not hold.
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus, MailTransportName } from "@/generated/prisma/enums";
import { findType, notificationTypes } from "@/lib/catalog/definitions";
import { MAX_ATTEMPTS } from "@/lib/dispatch/timing";
import type { Database } from "@/lib/db/client";
import { toDbLocale, type AppLocale } from "@/lib/i18n/locales";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import { samplePayloads, type TypeKey } from "@/lib/templates/payloads";
import { personalise, prepareNotification, type PreparedNotification } from "@/lib/templates/render";
import { deliveryColumns, footerReason, generator, insertRows, uuidAt } from "./history-rows";

const DAYS = 30;
const MAILBOX_MESSAGES = 30;
const TYPES = 14;
const EVENTS_PER_DAY = [7, 13] as const;

const SENT_FAMILY: DeliveryStatus[] = ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"];
const STATUS_WEIGHTS = [
  ["DELIVERED", 52],
  ["SENT", 24],
  ["DELAYED", 2],
  ["BOUNCED", 3],
  ["COMPLAINED", 1],
  ["FAILED", 7],
  ["SUPPRESSED", 5],
  ["CANCELLED", 3],
] as const satisfies readonly (readonly [DeliveryStatus, number])[];
const SOURCES = ["vault-eu-1", "vault-eu-2", "session-proxy-sp", "cert-manager", "go-agent-fleet"];
const FEEDBACK: Partial<Record<DeliveryStatus, string>> = {
  DELIVERED: "email.delivered",
  DELAYED: "email.delivery_delayed",
  BOUNCED: "email.bounced",
  COMPLAINED: "email.complained",
};

interface Seeded {
  events: number;
  deliveries: number;
}

export async function seedHistory(
  db: Database,
  options: { now?: Date; appUrl?: string; from?: string } = {},
): Promise<Seeded> {
  const now = options.now ?? new Date();
  const base = (options.appUrl ?? process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const host = new URL(base).hostname;
  const from = options.from ?? process.env.MAIL_FROM ?? "Herald <herald@localhost>";
  const random = generator(20261202);
  const admin = await db.user.findFirst({
    where: { role: "ADMIN" },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });

  // Types the demo subscriptions reach, with their recipients (resolved once per type).
  const reach = new Map<string, ResolvedRecipient[]>();
  for (const type of notificationTypes) {
    if (!(type.key in samplePayloads)) continue;
    const recipients = await resolveRecipients(db, { typeKey: type.key });
    if (recipients.length > 0) reach.set(type.key, recipients);
  }
  // A dozen types that reach the most people: a realistic mix, and few renders to make.
  const typeKeys = [...reach.keys()]
    .sort((a, b) => reach.get(b)!.length - reach.get(a)!.length || a.localeCompare(b))
    .slice(0, TYPES);
  if (typeKeys.length === 0) return { events: 0, deliveries: 0 };

  const events: Prisma.EventCreateManyInput[] = [];
  const renders: Prisma.RenderedMessageCreateManyInput[] = [];
  const deliveries: Prisma.DeliveryCreateManyInput[] = [];
  const attempts: Prisma.DeliveryAttemptCreateManyInput[] = [];
  const feedback: Prisma.ProviderEventCreateManyInput[] = [];
  const mailbox: {
    at: number;
    to: string;
    renderId: string;
    personal: { name: string; reason: string };
    headers: Record<string, string>;
  }[] = [];
  const prepared = new Map<string, Promise<PreparedNotification>>();
  const renderKeys = new Map<string, string>();

  const dayMs = 86_400_000;
  for (let day = DAYS - 1; day >= 0; day--) {
    const count = random.int(...EVENTS_PER_DAY);
    for (let index = 0; index < count; index++) {
      const createdMs = now.getTime() - day * dayMs - random.int(25 * 60, dayMs / 1000 - 60) * 1000;
      if (createdMs > now.getTime() - 20 * 60_000) continue;
      const typeKey = random.pick(typeKeys) as TypeKey;
      const type = findType(typeKey)!;
      const recipients = reach.get(typeKey)!;
      const eventId = uuidAt(createdMs, random.next);
      const origin = type.kind === "SCHEDULED_REPORT" ? "SYSTEM" : random.next() < 0.15 ? "UI" : "API";
      const duplicates = type.kind !== "SCHEDULED_REPORT" && random.next() < 0.05 ? random.int(1, 6) : 0;
      events.push({
        id: eventId,
        typeKey,
        payload: samplePayloads[typeKey] as Prisma.InputJsonValue,
        origin,
        source: origin === "API" ? random.pick(SOURCES) : null,
        dedupKey: duplicates > 0 ? `demo-${eventId.slice(-8)}` : null,
        occurredAt: new Date(createdMs - random.int(1, 30) * 1000),
        createdAt: new Date(createdMs),
        recipientCount: recipients.length,
        duplicateCount: duplicates,
        lastDuplicateAt: duplicates > 0 ? new Date(createdMs + random.int(1, 9) * 60_000) : null,
        createdById: origin === "UI" ? (admin?.id ?? null) : null,
      });

      const renderIds = new Map<AppLocale, string>();
      for (const locale of new Set(recipients.map((recipient) => recipient.locale))) {
        const first = recipients.find((recipient) => recipient.locale === locale)!;
        const renderId = uuidAt(createdMs + 500, random.next);
        renderIds.set(locale, renderId);
        // Every event of a type carries the type's sample payload: one render serves them all.
        const key = `${typeKey}|${locale}|${first.timeZone}`;
        if (!prepared.has(key)) {
          prepared.set(
            key,
            prepareNotification({
              typeKey,
              payload: samplePayloads[typeKey],
              locale,
              timeZone: first.timeZone,
              links: { preferencesUrl: `${base}/me/notifications` },
            }),
          );
        }
        renderKeys.set(renderId, key);
        renders.push({
          id: renderId,
          kind: "EVENT",
          eventId,
          locale: toDbLocale(locale),
          timeZone: first.timeZone,
          content: {},
          createdAt: new Date(createdMs + 500),
        });
      }

      recipients.forEach((recipient, position) => {
        const queuedMs = createdMs + position * 3;
        const id = uuidAt(queuedMs, random.next);
        const status: DeliveryStatus = random.weighted(STATUS_WEIGHTS);
        const sent = SENT_FAMILY.includes(status);
        const permanent = status === "FAILED" && random.next() < 0.5;
        const attemptTotal = sent
          ? random.next() < 0.1
            ? 2
            : 1
          : status === "FAILED"
            ? permanent
              ? 1
              : MAX_ATTEMPTS
            : 0;
        const transport: MailTransportName =
          sent && FEEDBACK[status]
            ? "RESEND"
            : random.weighted([
                ["RESEND", 5],
                ["SMTP", 2],
                ["MAILBOX", 3],
              ] as const);
        const sentMs = queuedMs + 400 + (attemptTotal - 1) * 90_000;
        const renderId =
          status === "SUPPRESSED" || status === "CANCELLED" ? null : renderIds.get(recipient.locale)!;
        const personal = renderId
          ? { name: recipient.name, reason: footerReason(typeKey, recipient.locale, recipient.reasons) }
          : null;
        const providerMessageId = sent ? uuidAt(now.getTime(), random.next) : null;
        deliveries.push({
          ...deliveryColumns(id, host, eventId, type, recipient),
          mode: recipient.mode,
          status,
          availableAt: new Date(queuedMs),
          attemptCount: attemptTotal,
          renderId,
          personal: personal ?? undefined,
          transport: attemptTotal > 0 ? transport : null,
          providerMessageId,
          lastError:
            status === "FAILED"
              ? permanent
                ? "422 The `to` field must be a valid e-mail address"
                : "503 Service Unavailable: upstream mail relay timed out"
              : status === "BOUNCED"
                ? "550 5.1.1 The e-mail account does not exist"
                : null,
          sentAt: sent ? new Date(sentMs) : null,
          statusChangedAt: new Date(sent && FEEDBACK[status] ? sentMs + 40_000 : sentMs),
          createdAt: new Date(queuedMs),
        });
        for (let number = 1; number <= attemptTotal; number++) {
          const last = number === attemptTotal;
          const outcome = last ? (sent ? "SENT" : "FAILED") : "RETRY";
          const startedAt = new Date(queuedMs + 300 + (number - 1) * 90_000);
          attempts.push({
            deliveryId: id,
            number,
            transport,
            outcome,
            statusCode: outcome === "SENT" ? 200 : permanent ? 422 : 503,
            providerMessageId: outcome === "SENT" ? providerMessageId : null,
            error:
              outcome === "SENT"
                ? null
                : permanent
                  ? "The `to` field must be a valid e-mail address"
                  : "Service Unavailable",
            retryAt: outcome === "RETRY" ? new Date(startedAt.getTime() + 90_000) : null,
            workerId: `worker-${random.int(1, 2)}`,
            startedAt,
            durationMs: random.int(40, 900),
          });
        }
        const feedbackType = FEEDBACK[status];
        if (feedbackType && providerMessageId) {
          feedback.push({
            id: `msg_${uuidAt(now.getTime(), random.next).replace(/-/g, "")}`,
            provider: "RESEND",
            type: feedbackType,
            providerMessageId,
            deliveryId: id,
            payload: { type: feedbackType, data: { email_id: providerMessageId, to: [recipient.email] } },
            occurredAt: new Date(sentMs + 40_000),
            receivedAt: new Date(sentMs + 41_000),
          });
        }
        if (sent && transport === "MAILBOX" && personal && renderId) {
          mailbox.push({
            at: sentMs,
            to: recipient.email.toLowerCase(),
            renderId,
            personal,
            headers: {
              "Message-ID": `<${id}@${host}>`,
              "X-Herald-Delivery-Id": id,
              "X-Herald-Event-Id": eventId,
            },
          });
        }
      });
    }
  }

  // Still in the queue: digest items waiting for their hour, and a few claimed right now.
  const latest = events.at(-1);
  if (latest) {
    const typeKey = latest.typeKey as TypeKey;
    const type = findType(typeKey)!;
    reach
      .get(typeKey)!
      .slice(0, 6)
      .forEach((recipient, position) => {
        const queuedMs = now.getTime() - 15 * 60_000 + position;
        const id = uuidAt(queuedMs, random.next);
        const sending = position < 2;
        deliveries.push({
          ...deliveryColumns(id, host, latest.id!, type, recipient),
          mode: sending ? "IMMEDIATE" : "DIGEST",
          status: sending ? "SENDING" : "QUEUED",
          attemptCount: 0,
          availableAt: new Date(sending ? queuedMs : now.getTime() + (position + 2) * 3_600_000),
          leaseUntil: sending ? new Date(now.getTime() + 60_000) : null,
          leasedBy: sending ? "worker-1" : null,
          createdAt: new Date(queuedMs),
          statusChangedAt: new Date(queuedMs),
        });
      });
  }

  // Render each event once per language (the real templates), then fill the stored rows.
  const byKey = new Map<string, PreparedNotification>();
  for (const [key, promise] of prepared) byKey.set(key, await promise);
  const contents = new Map([...renderKeys].map(([id, key]) => [id, byKey.get(key)!]));
  for (const render of renders) render.content = contents.get(render.id!) as unknown as Prisma.InputJsonValue;
  for (const delivery of deliveries) {
    if (!delivery.renderId || !delivery.personal) continue;
    delivery.subject = personalise(
      contents.get(delivery.renderId)!,
      delivery.personal as { name: string; reason: string },
    ).subject;
  }
  const newestMail = mailbox.sort((a, b) => b.at - a.at).slice(0, MAILBOX_MESSAGES);
  const mailboxRows = newestMail.map((mail) => {
    const email = personalise(contents.get(mail.renderId)!, mail.personal);
    return {
      id: uuidAt(mail.at, random.next),
      to: mail.to,
      from,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: mail.headers,
      createdAt: new Date(mail.at),
    };
  });

  await insertRows(db, "Event", events);
  await insertRows(db, "RenderedMessage", renders);
  await insertRows(db, "Delivery", deliveries);
  await insertRows(db, "DeliveryAttempt", attempts);
  await insertRows(db, "ProviderEvent", feedback);
  await insertRows(db, "MailboxMessage", mailboxRows);
  return { events: events.length, deliveries: deliveries.length };
}
