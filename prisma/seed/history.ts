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
import { findCategory, findType, notificationTypes } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import { MAX_ATTEMPTS } from "@/lib/dispatch/timing";
import type { Database } from "@/lib/db/client";
import { toDbLocale, type AppLocale } from "@/lib/i18n/locales";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";
import type { Reason, ResolvedRecipient } from "@/lib/subscriptions/types";
import { reasonText } from "@/lib/templates/copy";
import { samplePayloads, type TypeKey } from "@/lib/templates/payloads";
import { personalise, prepareNotification, type PreparedNotification } from "@/lib/templates/render";

const DAYS = 30;
const MAILBOX_MESSAGES = 30;
const TYPES = 14;
const EVENTS_PER_DAY = [7, 13] as const;

/** A small seeded generator (mulberry32): the same demo history on every fresh install. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <T>(entries: readonly (readonly [T, number])[]) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
      return entries.at(-1)![0];
    },
  };
}

/** A UUIDv7 for `ms` with random bits from the generator: ids sort like their creation times. */
function uuidAt(ms: number, random: () => number): string {
  const bytes = new Uint8Array(16);
  let time = BigInt(ms);
  for (let index = 5; index >= 0; index--) {
    bytes[index] = Number(time & 0xffn);
    time >>= 8n;
  }
  for (let index = 6; index < 16; index++) bytes[index] = Math.floor(random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The footer sentence for the resolver's first reason, as the worker words it (lib/dispatch/worker/personal.ts). */
function footerReason(typeKey: string, locale: AppLocale, reasons: Reason[]): string {
  const type = findType(typeKey)!;
  const first = reasons[0];
  const target = (reason: { target: "type" } | { target: "category"; categoryKey: string }) =>
    reason.target === "category"
      ? localizeCategory(findCategory(reason.categoryKey)!, locale).name
      : localizeType(type, locale).name;
  if (first?.via === "group")
    return reasonText(locale, { via: "group", group: first.groupName, target: target(first) });
  if (first?.via === "direct") return reasonText(locale, { via: "direct", target: target(first) });
  return type.mandatory ? reasonText(locale, { via: "mandatory" }) : "";
}

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
        const kind =
          recipient.kind === "user" ? "USER" : recipient.kind === "contact" ? "CONTACT" : "ADDRESS";
        deliveries.push({
          id,
          eventId,
          typeKey,
          categoryKey: type.categoryKey,
          recipientKind: kind,
          userId: kind === "USER" ? recipient.id! : null,
          contactId: kind === "CONTACT" ? recipient.id! : null,
          email: recipient.email.toLowerCase(),
          name: recipient.name,
          locale: toDbLocale(recipient.locale),
          timeZone: recipient.timeZone,
          mode: recipient.mode,
          reasons: recipient.reasons as unknown as Prisma.InputJsonValue,
          status,
          availableAt: new Date(queuedMs),
          attemptCount: attemptTotal,
          idempotencyKey: `herald-${id}`,
          messageId: `${id}@${host}`,
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
        const kind =
          recipient.kind === "user" ? "USER" : recipient.kind === "contact" ? "CONTACT" : "ADDRESS";
        const sending = position < 2;
        deliveries.push({
          id,
          eventId: latest.id!,
          typeKey,
          categoryKey: type.categoryKey,
          recipientKind: kind,
          userId: kind === "USER" ? recipient.id! : null,
          contactId: kind === "CONTACT" ? recipient.id! : null,
          email: recipient.email.toLowerCase(),
          name: recipient.name,
          locale: toDbLocale(recipient.locale),
          timeZone: recipient.timeZone,
          mode: sending ? "IMMEDIATE" : "DIGEST",
          reasons: recipient.reasons as unknown as Prisma.InputJsonValue,
          status: sending ? "SENDING" : "QUEUED",
          attemptCount: 0,
          availableAt: new Date(sending ? queuedMs : now.getTime() + (position + 2) * 3_600_000),
          leaseUntil: sending ? new Date(now.getTime() + 60_000) : null,
          leasedBy: sending ? "worker-1" : null,
          idempotencyKey: `herald-${id}`,
          messageId: `${id}@${host}`,
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

/**
 * One INSERT … SELECT per table: the rows travel as one JSON array, typed by the table's own row
 * type. (Prisma's createMany over the pg adapter took ~4 ms a row here; this takes milliseconds.)
 * Columns are every key any row has (a row without one gets NULL); a column no row names takes its default.
 */
async function insertRows(db: Database, table: string, rows: object[]) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const json = JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        columns.map((column) => {
          const value = (row as Record<string, unknown>)[column];
          // Locale is stored as its BCP-47 tag; Prisma's enum name for pt-BR is pt_BR.
          return [column, column === "locale" && value === "pt_BR" ? "pt-BR" : (value ?? null)];
        }),
      ),
    ),
  );
  const list = columns.map((column) => `"${column}"`).join(", ");
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    json,
  );
}
