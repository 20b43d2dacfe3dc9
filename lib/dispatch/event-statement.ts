// The event and its deliveries written by one statement (one round trip, whatever the number of
// recipients), with the Idempotency-Key's record when an API request carries one. enqueue.ts decides
// what to write; this file only writes it. No "server-only", like enqueue.ts.
import { Prisma } from "@/generated/prisma/client";
import type { EventOrigin } from "@/generated/prisma/enums";
import type { NotificationTypeDefinition } from "@/lib/catalog/types";
import { queryPrepared } from "@/lib/db/prepared";
import type { DbOrTx } from "@/lib/db/transaction";
import { env } from "@/lib/env";
import type { ExtraRecipient } from "@/lib/subscriptions/resolve-recipients";
import type { Reason, ResolvedRecipient } from "@/lib/subscriptions/types";
import { claimRecordSql, type RecordClaim } from "./idempotency-record";
import { WAKE_AFTER_COMMIT } from "./wake";

const messageIdHost = new URL(env.APP_URL).hostname;

const recipientKinds = { user: "USER", contact: "CONTACT", address: "ADDRESS" } as const;

export interface EventRow {
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
 * the delivery count is the number of recipients; a suppressed address's delivery is written SUPPRESSED
 * (never queued), so that the history says why it got nothing. With a claim, the Idempotency-Key's record is
 * inserted first in the same statement and the event only if it was: false when the key was taken.
 */
export async function insertEventAndDeliveries(
  tx: DbOrTx,
  event: EventRow,
  type: NotificationTypeDefinition,
  recipients: ResolvedRecipient[],
  availableAtOf: (recipient: ResolvedRecipient) => string | null,
  claim: { record: RecordClaim; body: object } | null,
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
  const suppressed = new Array<boolean>(n);
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
    suppressed[i] = recipient.suppressed === true;
  }
  // The deliveries' foreign key to the event is checked at the end of the statement, when the event
  // row written by the CTE is there. uuidv7() is volatile, so the subquery is evaluated row by row
  // (not pulled up): one id per row.
  const claimed = claim ? claimRecordSql(claim.record, JSON.stringify(claim.body)) : Prisma.sql`SELECT 1`;
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
                              "messageId", status)
      SELECT r.id, event.id, ${type.key}, ${type.categoryKey}, r.kind::"RecipientKind", r.user_id,
             r.contact_id, r.email, r.name, r.locale::"Locale", r.time_zone, r.mode::"DeliveryMode",
             ${reasonLists.json()}::jsonb -> r.reason_index, coalesce(r.available_at, now()),
             'herald-' || r.id, r.id || '@' || ${messageIdHost},
             (CASE WHEN r.suppressed THEN 'SUPPRESSED' ELSE 'QUEUED' END)::"DeliveryStatus"
      FROM event CROSS JOIN (
        SELECT uuidv7() AS id, u.*
        FROM unnest(${kinds}::text[], ${userIds}::uuid[], ${contactIds}::uuid[], ${emails}::text[],
                    ${names}::text[], ${locales}::text[], ${timeZones}::text[], ${modes}::text[],
                    ${reasonIndexes}::int[], ${availableAts}::timestamptz[], ${suppressed}::boolean[])
             AS u(kind, user_id, contact_id, email, name, locale, time_zone, mode, reason_index, available_at,
                  suppressed)
      ) r
    )
    SELECT id::text FROM event`,
  );
  return rows.length === 1;
}

/** Distinct reason lists, numbered (exported for its unit test); lists are compared by the identity of their (shared) reasons. */
export class ReasonLists {
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
