// enqueueEvent: an event in, one queued delivery per recipient, in one transaction (docs/dispatch.md).
// No "server-only": the scheduler and worker processes enqueue scheduled reports, and the benchmark
// runs it outside Next.
import { Prisma } from "@/generated/prisma/client";
import type { EventOrigin } from "@/generated/prisma/enums";
import { findType } from "@/lib/catalog/definitions";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import type { Database, Transaction } from "@/lib/db/client";
import { queryPrepared } from "@/lib/db/prepared";
import { inTransaction, isTransaction, type DbOrTx } from "@/lib/db/transaction";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toAppLocale, type AppLocale } from "@/lib/i18n/locales";
import { v7 as uuidv7 } from "uuid";
import { resolveWithQuietHours, type ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import type { Reason, ResolvedRecipient } from "@/lib/subscriptions/types";
import { isTypeKey } from "@/lib/templates/payloads";
import { parsePayload } from "@/lib/templates/validate";
import { DEDUP_WINDOW_SECONDS, claimDuplicate, effectiveDedupKey } from "./dedup";
import { availability } from "./available-at";
import { claimRecordSql, type RecordClaim } from "./idempotency-record";
import { WAKE_AFTER_COMMIT, wakeWorkers } from "./wake";

export interface EnqueueInput {
  typeKey: string;
  payload: unknown;
  /** People named by the event besides the subscribers (e.g. the requester of an access request). */
  recipients?: ExtraRecipient[];
  dedupKey?: string;
  occurredAt?: Date;
  /** The system that reported it (e.g. "vault-eu-1"). */
  source?: string;
}

export interface EnqueueOrigin {
  /**
   * TEST ("Send test to me"): only the named recipients, never the subscribers, never held by quiet
   * hours or deduplicated; the worker renders it as a test ([TEST] subject, X-Herald-Test header).
   */
  kind: EventOrigin;
  apiKeyId?: string;
  userId?: string;
  /** TEST only: the language the test is written in (the previewed one), not the recipient's own. */
  locale?: AppLocale;
}

/**
 * An API request's Idempotency-Key, claimed by the same statement that writes the event, with the
 * answer stored at once (see idempotency.ts). A key that already has a live record is not claimed:
 * enqueueEvent throws KeyTaken and writes nothing.
 */
export interface IdempotencyClaim extends RecordClaim {
  /** The answer stored with the record (with `status`): the body built from the result. */
  body: (result: EnqueueResult) => object;
}

/** The Idempotency-Key already has a live record (this request is a repeat, or a conflict). */
export class KeyTaken extends Error {
  constructor() {
    super("The Idempotency-Key is already taken");
  }
}

export interface EnqueueResult {
  eventId: string;
  /** Deliveries written by this call: 0 for a duplicate (counted on the original event instead). */
  deliveryCount: number;
  duplicate: boolean;
}

/** Enqueues of one event to thousands of recipients take longer than Prisma's 5 s default. */
const TRANSACTION_TIMEOUT_MS = 60_000;

const messageIdHost = new URL(env.APP_URL).hostname;

/** The event's type and its payload validated against the type's schema (NOT_FOUND, BAD_REQUEST). */
export function validateEvent(input: Pick<EnqueueInput, "typeKey" | "payload">) {
  const type = findType(input.typeKey);
  if (!type || !isTypeKey(type.key)) {
    throw new AppError("NOT_FOUND", "unknownCatalogKey", { type: ["unknownCatalogKey"] });
  }
  return { type, payload: parsePayload(type.key, input.payload) };
}

/**
 * Validates the payload against the type's schema (400 with details by path; NOT_FOUND for an unknown
 * type), applies dedup (see dedup.ts), resolves the recipients (one query, their quiet hours
 * included) and writes the event and all its deliveries with one statement — with `claim`, the
 * Idempotency-Key and its answer too. Joins the caller's transaction when given one (so an action can
 * audit atomically with it). Given the database, it opens a transaction only when dedup needs one (its
 * advisory lock is held until the write commits); otherwise the one statement is atomic by itself and
 * the event costs two round trips (docs/benchmarks.md, events API).
 */
export async function enqueueEvent(
  db: Database | Transaction,
  input: EnqueueInput,
  origin: EnqueueOrigin,
  options: { now?: Date; claim?: IdempotencyClaim } = {},
): Promise<EnqueueResult> {
  const { type, payload } = validateEvent(input);
  const test = origin.kind === "TEST";
  const dedupKey = test ? null : effectiveDedupKey(type.kind, input.dedupKey, payload);
  const extraRecipients = input.recipients ?? [];
  const { claim } = options;

  // Alone (no transaction around the statement), the write commits when it returns: the workers are
  // woken then, not by a NOTIFY inside it (see wake.ts).
  const wakeAfterCommit = !dedupKey && !isTransaction(db);
  const write = async (tx: DbOrTx): Promise<EnqueueResult> => {
    const { recipients, quietHours } = test
      ? { recipients: await namedRecipientsOnly(tx, extraRecipients, origin.locale), quietHours: null }
      : await resolveWithQuietHours(tx, { typeKey: type.key, extraRecipients });
    const now = options.now ?? new Date();
    const holdable = !test && !type.mandatory && type.severity !== "critical";
    const availableAt = availability({ now, quietHours: holdable ? quietHours : null });
    const result = { eventId: uuidv7(), deliveryCount: recipients.length, duplicate: false };
    const written = await insertEventAndDeliveries(
      tx,
      {
        id: result.eventId,
        typeKey: type.key,
        payload,
        origin: origin.kind,
        source: input.source ?? null,
        dedupKey,
        occurredAt: input.occurredAt ?? now,
        extraRecipients,
        apiKeyId: origin.apiKeyId ?? null,
        createdById: origin.userId ?? null,
      },
      type,
      recipients,
      availableAt,
      claim ? { ...claim, body: claim.body(result) } : null,
      wakeAfterCommit,
    );
    if (!written) throw new KeyTaken();
    return result;
  };
  if (wakeAfterCommit) {
    const result = await write(db);
    if (result.deliveryCount > 0) wakeWorkers(db);
    return result;
  }
  if (!dedupKey) return write(db);
  return inTransaction(
    db,
    async (tx) => {
      const original = await claimDuplicate(tx, type.key, dedupKey, DEDUP_WINDOW_SECONDS[type.kind]);
      if (!original) return write(tx);
      const result = { eventId: original, deliveryCount: 0, duplicate: true };
      if (claim) await storeClaim(tx, claim, result);
      return result;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** Claims the key with its answer by itself (a duplicate event writes nothing else); KeyTaken if live. */
async function storeClaim(tx: DbOrTx, claim: IdempotencyClaim, result: EnqueueResult) {
  const rows = await tx.$queryRaw<unknown[]>(claimRecordSql(claim, JSON.stringify(claim.body(result))));
  if (rows.length === 0) throw new KeyTaken();
}

const recipientKinds = { user: "USER", contact: "CONTACT", address: "ADDRESS" } as const;

interface EventRow {
  id: string;
  typeKey: string;
  payload: unknown;
  origin: EventOrigin;
  source: string | null;
  dedupKey: string | null;
  occurredAt: Date;
  extraRecipients: ExtraRecipient[];
  apiKeyId: string | null;
  createdById: string | null;
}

/**
 * The event and one delivery per recipient in ONE statement (one round trip, whatever the number of
 * recipients): the event is inserted in a CTE and the deliveries by INSERT … SELECT FROM unnest(column
 * arrays), a fixed number of parameters. Delivery ids are PostgreSQL 18's uuidv7() (time-ordered, like
 * Prisma's uuid(7) defaults; the event's, from the same scheme, is given); the idempotency key and
 * Message-ID derive from the id (CHECKs hold them to it). Reasons travel once per distinct list, and
 * each row points at its list (thousands of members of one group share one). Every row is inserted, so
 * the delivery count is the number of recipients. With a claim, the Idempotency-Key's record is
 * inserted first in the same statement and the event only if it was: false when the key was taken.
 */
async function insertEventAndDeliveries(
  tx: DbOrTx,
  event: EventRow,
  type: NotificationTypeDefinition,
  recipients: ResolvedRecipient[],
  availableAtOf: (recipient: ResolvedRecipient) => string | null,
  claim: (Omit<IdempotencyClaim, "body"> & { body: object }) | null,
  wakeAfterCommit: boolean,
): Promise<boolean> {
  const n = recipients.length;
  const kinds = new Array<string>(n);
  const userIds = new Array<string | null>(n);
  const contactIds = new Array<string | null>(n);
  const emails = new Array<string>(n);
  const names = new Array<string>(n);
  const locales = new Array<string>(n);
  const timeZones = new Array<string>(n);
  const modes = new Array<string>(n);
  const reasonIndexes = new Array<number>(n);
  const availableAts = new Array<string | null>(n);
  const reasonLists = new ReasonLists();
  for (let i = 0; i < n; i += 1) {
    const recipient = recipients[i]!;
    kinds[i] = recipientKinds[recipient.kind];
    userIds[i] = recipient.kind === "user" ? (recipient.id ?? null) : null;
    contactIds[i] = recipient.kind === "contact" ? (recipient.id ?? null) : null;
    emails[i] = recipient.email;
    names[i] = recipient.name;
    locales[i] = recipient.locale;
    timeZones[i] = recipient.timeZone;
    modes[i] = recipient.mode;
    reasonIndexes[i] = reasonLists.indexOf(recipient.reasons);
    availableAts[i] = availableAtOf(recipient);
  }
  // The deliveries' foreign key to the event is checked at the end of the statement, when the event
  // row written by the CTE is there. uuidv7() is volatile, so the subquery is evaluated row by row
  // (not pulled up): one id per row.
  const claimed = claim ? claimRecordSql(claim, JSON.stringify(claim.body)) : Prisma.sql`SELECT 1`;
  // The insert trigger's NOTIFY is skipped for this transaction when the caller wakes the workers
  // after the commit; the setting is made before the event row (its WHERE reads it), so before the
  // trigger, which fires at the end of the statement.
  const wake = wakeAfterCommit
    ? Prisma.sql`SELECT set_config(${WAKE_AFTER_COMMIT}, 'on', true)`
    : Prisma.sql`SELECT 1`;
  const rows = await queryPrepared<{ id: string }>(
    tx,
    Prisma.sql`
    WITH claimed AS (${claimed}), wake AS (${wake}), event AS (
      INSERT INTO "Event" (id, "typeKey", payload, origin, source, "dedupKey", "occurredAt", "extraRecipients",
                           "recipientCount", "apiKeyId", "createdById")
      SELECT ${event.id}::uuid, ${event.typeKey}, ${JSON.stringify(event.payload)}::jsonb,
             ${event.origin}::"EventOrigin", ${event.source}, ${event.dedupKey}, ${event.occurredAt}::timestamptz,
             ${JSON.stringify(event.extraRecipients)}::jsonb, ${n}::int, ${event.apiKeyId}::uuid,
             ${event.createdById}::uuid
      WHERE EXISTS (SELECT FROM claimed) AND EXISTS (SELECT FROM wake)
      RETURNING id
    ), deliveries AS (
      INSERT INTO "Delivery" (id, "eventId", "typeKey", "categoryKey", "recipientKind", "userId", "contactId",
                              email, name, locale, "timeZone", mode, reasons, "availableAt", "idempotencyKey",
                              "messageId")
      SELECT r.id, event.id, ${type.key}, ${type.categoryKey}, r.kind::"RecipientKind", r.user_id,
             r.contact_id, r.email, r.name, r.locale::"Locale", r.time_zone, r.mode::"DeliveryMode",
             ${reasonLists.json()}::jsonb -> r.reason_index, coalesce(r.available_at, now()),
             'herald-' || r.id, r.id || '@' || ${messageIdHost}
      FROM event CROSS JOIN (
        SELECT uuidv7() AS id, u.*
        FROM unnest(${kinds}::text[], ${userIds}::uuid[], ${contactIds}::uuid[], ${emails}::text[],
                    ${names}::text[], ${locales}::text[], ${timeZones}::text[], ${modes}::text[],
                    ${reasonIndexes}::int[], ${availableAts}::timestamptz[])
             AS u(kind, user_id, contact_id, email, name, locale, time_zone, mode, reason_index, available_at)
      ) r
    )
    SELECT id::text FROM event`,
  );
  return rows.length === 1;
}

/** Distinct reason lists, numbered; lists are compared by the identity of their (shared) reasons. */
class ReasonLists {
  private readonly reasonIds = new Map<Reason, number>();
  private readonly byKey = new Map<string, number>();
  private readonly lists: Reason[][] = [];

  indexOf(reasons: Reason[]): number {
    let key = "";
    for (const reason of reasons) {
      let id = this.reasonIds.get(reason);
      if (id === undefined) {
        id = this.reasonIds.size;
        this.reasonIds.set(reason, id);
      }
      key += `${id},`;
    }
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.lists.length;
      this.lists.push(reasons);
      this.byKey.set(key, index);
    }
    return index;
  }

  json(): string {
    return JSON.stringify(this.lists);
  }
}

/**
 * A test send's recipients: exactly the people named (users by id, else bare addresses), whatever
 * they subscribe to or mute — a test is asked for by the person it goes to.
 */
async function namedRecipientsOnly(
  tx: DbOrTx,
  extras: ExtraRecipient[],
  locale: AppLocale | undefined,
): Promise<ResolvedRecipient[]> {
  const userIds = extras.flatMap((extra) => ("userId" in extra ? [extra.userId] : []));
  const emails = extras.flatMap((extra) => ("email" in extra ? [extra.email.trim().toLowerCase()] : []));
  const users = await tx.user.findMany({
    where: { OR: [{ id: { in: userIds } }, { email: { in: emails } }], disabledAt: null },
    select: { id: true, email: true, name: true, locale: true, timeZone: true, digestHour: true },
  });
  const event: Reason = { via: "event" };
  const found = new Set(users.map((user) => user.email));
  return [
    ...users.map((user): ResolvedRecipient => ({
      kind: "user",
      id: user.id,
      email: user.email,
      name: user.name,
      locale: locale ?? toAppLocale(user.locale),
      timeZone: user.timeZone,
      digestHour: user.digestHour,
      mode: "IMMEDIATE",
      reasons: [event],
    })),
    ...[...new Set(emails)]
      .filter((email) => !found.has(email))
      .map((email): ResolvedRecipient => ({
        kind: "address",
        email,
        name: email,
        locale: locale ?? "en",
        timeZone: "UTC",
        digestHour: 8,
        mode: "IMMEDIATE",
        reasons: [event],
      })),
  ];
}
