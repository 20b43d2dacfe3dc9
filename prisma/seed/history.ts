// Demo send history: 30 days of events and deliveries in every status, with attempts, provider
// feedback, suppressions, a few deduplicated events and the latest Mailbox messages, so the dashboard,
// the history, the suppression list and the mailbox have something true to show on a fresh install.
// Deterministic (a seeded random generator), written with one INSERT … SELECT per table (see
// insertRows), never row by row.
//
// True means by the product's own rules, played forward in time like the worker lived it: the
// recipients and reasons come from the real resolver over the demo subscriptions; each event is
// rendered once per language with the real templates; retries follow the worker's back-off
// (./history-sends); daily reports come once a day at the reports job's hour (./history-plan); a hard
// bounce or a complaint suppresses its address and nothing is sent to it afterwards (./history-feedback);
// the queued digest items wait for their recipient's digest hour; and, when AUTH_SECRET is set, the
// e-mails carry the worker's unsubscribe links and List-Unsubscribe headers (./history-links).
import type { Prisma } from "@/generated/prisma/client";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { findType, notificationTypes } from "@/lib/catalog/definitions";
import type { Database } from "@/lib/db/client";
import { toDbLocale, type AppLocale } from "@/lib/i18n/locales";
import { resolveRecipients } from "@/lib/subscriptions/resolve-recipients";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import type { UnsubscribeSigning } from "@/lib/subscriptions/unsubscribe-signing";
import { samplePayloads, type TypeKey } from "@/lib/templates/payloads";
import { personalise, prepareNotification, type PreparedNotification } from "@/lib/templates/render";
import { demoEmail, demoUsers } from "./demo-data";
import { feedbackRows, suppressedFrom, type Feedback } from "./history-feedback";
import { demoHeaders, demoPersonal, type Personal } from "./history-links";
import { eventTimeline, feedbackPlan, locateFeedback, REPORT_TYPES } from "./history-plan";
import { queueTail } from "./history-queue";
import { deliveryColumns, generator, insertRows, uuidAt } from "./history-rows";
import { planSend, type SendPlan } from "./history-sends";

const MAILBOX_MESSAGES = 30;
const TYPES = 12;

const SENT_FAMILY: DeliveryStatus[] = ["SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED"];
// Complaints and suppressions are not drawn: they follow from the feedback plan (./history-plan).
const STATUS_WEIGHTS = [
  ["DELIVERED", 58],
  ["SENT", 24],
  ["DELAYED", 2],
  ["BOUNCED", 3],
  ["FAILED", 7],
  ["CANCELLED", 3],
] as const satisfies readonly (readonly [DeliveryStatus, number])[];
const SOURCES = ["vault-eu-1", "vault-eu-2", "session-proxy-sp", "cert-manager", "go-agent-fleet"];
const FEEDBACK: Partial<Record<DeliveryStatus, Feedback>> = {
  DELIVERED: "DELIVERED",
  DELAYED: "DELAYED",
  BOUNCED: "SOFT_BOUNCE",
  COMPLAINED: "COMPLAINT",
};

interface Seeded {
  events: number;
  deliveries: number;
}

export async function seedHistory(
  db: Database,
  options: { now?: Date; appUrl?: string; from?: string; signing?: UnsubscribeSigning | null } = {},
): Promise<Seeded> {
  const now = options.now ?? new Date();
  const base = (options.appUrl ?? process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const host = new URL(base).hostname;
  const from = options.from ?? process.env.MAIL_FROM ?? "Herald <herald@localhost>";
  const signing = options.signing ?? null;
  const random = generator(20261202);
  const admin = await db.user.findFirst({
    where: { role: "ADMIN" },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });

  // Types the demo subscriptions reach, with their recipients (resolved once per type).
  const reach = new Map<TypeKey, ResolvedRecipient[]>();
  for (const type of notificationTypes) {
    if (!(type.key in samplePayloads)) continue;
    const recipients = await resolveRecipients(db, { typeKey: type.key });
    if (recipients.length > 0) reach.set(type.key as TypeKey, recipients);
  }
  // The dozen event types that reach the most people (a realistic mix, and few renders to make), and
  // every daily report someone receives.
  const reportKeys = [...reach.keys()].filter((key) => REPORT_TYPES.includes(key));
  const typeKeys = [...reach.keys()]
    .filter((key) => !REPORT_TYPES.includes(key))
    .sort((a, b) => reach.get(b)!.length - reach.get(a)!.length || a.localeCompare(b))
    .slice(0, TYPES);
  const timeline = eventTimeline(random, { now, typeKeys, reportKeys });
  if (timeline.length === 0) return { events: 0, deliveries: 0 };

  const plan = feedbackPlan(random, {
    now,
    recipients: [...typeKeys, ...reportKeys].flatMap((key) => reach.get(key)!),
    spared: [demoEmail(demoUsers[0]!.name)],
  });
  const { planned, suppressedAt } = locateFeedback(timeline, reach, plan);

  const events: Prisma.EventCreateManyInput[] = [];
  const renders: Prisma.RenderedMessageCreateManyInput[] = [];
  const deliveries: Prisma.DeliveryCreateManyInput[] = [];
  const attempts: Prisma.DeliveryAttemptCreateManyInput[] = [];
  const feedback: Prisma.ProviderEventCreateManyInput[] = [];
  const suppressions: Prisma.SuppressionCreateManyInput[] = [];
  const mailbox: {
    at: number;
    to: string;
    renderId: string;
    personal: Personal;
    headers: Record<string, string>;
  }[] = [];
  const prepared = new Map<string, Promise<PreparedNotification>>();
  const renderKeys = new Map<string, string>();

  timeline.forEach(({ createdMs, typeKey, reportKey }, eventIndex) => {
    const type = findType(typeKey)!;
    const recipients = reach.get(typeKey)!;
    const eventId = uuidAt(createdMs, random.next);
    const origin = reportKey ? "SYSTEM" : random.next() < 0.15 ? "UI" : "API";
    const duplicates = !reportKey && random.next() < 0.05 ? random.int(1, 6) : 0;
    events.push({
      id: eventId,
      typeKey,
      payload: samplePayloads[typeKey] as Prisma.InputJsonValue,
      origin,
      // The reports job names itself "herald" and the day it covers (lib/dispatch/jobs/reports.ts).
      source: reportKey ? "herald" : origin === "API" ? random.pick(SOURCES) : null,
      dedupKey: reportKey ?? (duplicates > 0 ? `demo-${eventId.slice(-8)}` : null),
      occurredAt: new Date(reportKey ? createdMs : createdMs - random.int(1, 30) * 1000),
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
      const email = recipient.email.toLowerCase();
      const forced = planned.get(`${eventIndex}:${position}`);
      const blockedFrom = suppressedAt.get(email);
      let status: DeliveryStatus =
        blockedFrom !== undefined && queuedMs >= blockedFrom
          ? "SUPPRESSED"
          : forced
            ? forced.kind === "HARD_BOUNCE"
              ? "BOUNCED"
              : "COMPLAINED"
            : random.weighted(STATUS_WEIGHTS);
      let send: SendPlan | null =
        status === "FAILED"
          ? planSend(random, queuedMs, "FAILED")
          : SENT_FAMILY.includes(status)
            ? planSend(random, queuedMs, "SENT", FEEDBACK[status] ? "RESEND" : undefined, !forced)
            : null;
      // Still trying when the address was suppressed: the worker's next claim marks it SUPPRESSED.
      if (!forced && send && blockedFrom !== undefined && send.endMs >= blockedFrom) {
        status = "SUPPRESSED";
        send = null;
      }
      const sent = send !== null && status !== "FAILED";
      const renderId = send ? renderIds.get(recipient.locale)! : null;
      const personal = renderId ? demoPersonal(signing, typeKey, recipient, queuedMs) : null;
      const providerMessageId = sent ? uuidAt(send!.endMs, random.next) : null;
      const kind = forced?.kind ?? FEEDBACK[status];
      const outcome =
        kind && providerMessageId
          ? feedbackRows(kind, { id, email, providerMessageId, sentMs: send!.endMs }, random.next)
          : null;
      if (outcome) feedback.push(outcome.event);
      if (outcome?.suppression) {
        suppressions.push(outcome.suppression);
        suppressedAt.set(email, suppressedFrom(send!.endMs));
      }
      deliveries.push({
        ...deliveryColumns(id, host, eventId, type, recipient),
        mode: recipient.mode,
        status,
        availableAt: new Date(queuedMs),
        attemptCount: send?.attempts.length ?? 0,
        renderId,
        personal: personal ?? undefined,
        transport: send?.transport ?? null,
        providerMessageId,
        lastError: outcome?.lastError ?? send?.lastError ?? null,
        sentAt: sent ? new Date(send!.endMs) : null,
        statusChangedAt: new Date(
          outcome?.statusChangedMs ??
            send?.endMs ??
            Math.max(queuedMs, blockedFrom ?? 0) + random.int(150, 900),
        ),
        createdAt: new Date(queuedMs),
      });
      for (const attempt of send?.attempts ?? []) {
        const last = attempt.number === send!.attempts.length;
        attempts.push({
          ...attempt,
          deliveryId: id,
          providerMessageId: last && sent ? providerMessageId : null,
        });
      }
      if (sent && send!.transport === "MAILBOX" && personal && renderId) {
        mailbox.push({
          at: send!.endMs,
          to: email,
          renderId,
          personal,
          headers: demoHeaders(id, eventId, host, personal),
        });
      }
    });
  });

  deliveries.push(...queueTail(timeline, events, reach, suppressedAt, { now, host, random }));

  // Render each event once per language (the real templates), then fill the stored rows.
  const byKey = new Map<string, PreparedNotification>();
  for (const [key, promise] of prepared) byKey.set(key, await promise);
  const contents = new Map([...renderKeys].map(([id, key]) => [id, byKey.get(key)!]));
  for (const render of renders) render.content = contents.get(render.id!) as unknown as Prisma.InputJsonValue;
  for (const delivery of deliveries) {
    if (!delivery.renderId || !delivery.personal) continue;
    delivery.subject = personalise(contents.get(delivery.renderId)!, delivery.personal as Personal).subject;
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
  await insertRows(db, "Suppression", suppressions);
  await insertRows(db, "MailboxMessage", mailboxRows);
  return { events: events.length, deliveries: deliveries.length };
}
