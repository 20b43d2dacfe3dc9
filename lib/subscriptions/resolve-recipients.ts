// Who gets a notification type, and why. The one resolver: dispatch, the recipient previews and the
// API all call it. No "server-only": the benchmark (bench/recipients.bench.ts) and a worker process
// run it outside Next; it reads nothing but the database it is given.
//
// One set-based query, whatever the number of users:
//   matching       subscriptions whose target is the type or its category, each subscribed group
//                  numbered (gidx) so that paths can name it with a small integer
//   user_paths     one row per way a user is reached: their own subscription, each subscribed group
//                  they belong to, or being named by the event; a path is one integer (see below)
//   contact_paths  the same for external contacts
//   result         per recipient: details (quiet hours included, for enqueue), its paths, whether
//                  any path is immediate, its own preference and whether its address is suppressed;
//                  minus disabled recipients and mutes (unless the type is mandatory); plus
//                  event-named addresses that are neither users nor contacts; plus one row per
//                  subscribed group (its number and name); plus one row per event-named user id that
//                  names nobody (a 400: a typo must not pass as "sent")
// Performance (bench/recipients.bench.ts): paths are joined to users before grouping, so the planner,
// which can estimate paths but not groups of them, picks hash joins; paths travel as a short string
// of integers rather than arrays of uuids, which the client parses far faster.
// The delivery rules are those of policy.ts (effectiveDelivery); resolve-recipients.int.test.ts
// checks that both agree.
import { Prisma } from "@/generated/prisma/client";
import { findType } from "@/lib/catalog/definitions";
import type { Database, Transaction } from "@/lib/db/client";
import { queryPrepared } from "@/lib/db/prepared";
import { AppError } from "@/lib/errors";
import { defaultLocale, isAppLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/uuid";
import type { DeliveryMode, Reason, ResolvedRecipient } from "./types";

export type ExtraRecipient = { userId: string } | { email: string };

export interface ResolveRecipientsInput {
  typeKey: string;
  /** Recipients named by the event itself, e.g. the approvers of an access request. */
  extraRecipients?: ExtraRecipient[];
}

interface Row {
  kind: "user" | "contact" | "address" | "group" | "unknown";
  id: string | null;
  email: string;
  name: string;
  /** The enum's database value ("en" | "pt-BR"), read as text. */
  locale: string;
  timeZone: string;
  digestHour: number;
  immediate: boolean;
  preferredMode: DeliveryMode | null;
  /** Comma-separated path codes; for a "group" row, its gidx. */
  paths: string;
  /** Quiet hours (local minutes after midnight), when the user or contact set them. */
  quietStart: number | null;
  quietEnd: number | null;
  suppressed: boolean | null;
}

/** Quiet hours of a recipient: local minutes after midnight, the window running from start to end (may wrap midnight). */
export interface QuietHours {
  start: number;
  end: number;
}

/**
 * A path is `kind + 8 × gidx`: kind in the low three bits (the gidx of a group path in the rest).
 * Event-named paths are 0.
 */
const PathKind = { event: 0, directType: 1, directCategory: 2, groupType: 3, groupCategory: 4 } as const;

const DEFAULT_TIME_ZONE = "UTC";
const DEFAULT_DIGEST_HOUR = 8;

/** Who gets the type's e-mails: suppressed addresses are left out (see resolveWithQuietHours). */
export async function resolveRecipients(
  db: Database | Transaction,
  input: ResolveRecipientsInput,
): Promise<ResolvedRecipient[]> {
  return (await resolveWithQuietHours(db, input)).recipients.filter((recipient) => !recipient.suppressed);
}

/**
 * For enqueue: every recipient, those whose address is suppressed included and marked (their
 * delivery is written SUPPRESSED, so that the history says why they got nothing), and the quiet hours
 * of the users and contacts among them that set any, keyed "kind:id", read by the same query.
 * BAD_REQUEST when an event-named user id names nobody.
 */
export async function resolveWithQuietHours(
  db: Database | Transaction,
  { typeKey, extraRecipients = [] }: ResolveRecipientsInput,
): Promise<{ recipients: ResolvedRecipient[]; quietHours: Map<string, QuietHours> }> {
  const type = findType(typeKey);
  if (!type) throw new AppError("NOT_FOUND", "unknownCatalogKey", { keys: [typeKey] });

  const extraUserIds: string[] = [];
  const extraEmails: string[] = [];
  /** The field of each event-named user id, as the events API names it (recipients.N.userId). */
  const userIdFields = new Map<string, string>();
  extraRecipients.forEach((extra, index) => {
    if ("userId" in extra) {
      const field = `recipients.${index}.userId`;
      if (!isUuid(extra.userId)) throw new AppError("BAD_REQUEST", "invalidId", { [field]: ["invalidId"] });
      extraUserIds.push(extra.userId);
      userIdFields.set(extra.userId.toLowerCase(), field);
    } else {
      extraEmails.push(extra.email.trim().toLowerCase());
    }
  });

  const rows = await queryPrepared<Row>(
    db,
    recipientsQuery(type.key, type.categoryKey, type.mandatory, extraUserIds, extraEmails),
  );
  const unknown = rows.filter((row) => row.kind === "unknown");
  if (unknown.length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      "unknownRecipientUser",
      Object.fromEntries(
        unknown.map((row) => [userIdFields.get(row.id!) ?? "recipients", ["unknownRecipientUser"]]),
      ),
    );
  }
  const reasons = new ReasonBook(type.categoryKey, rows);
  const recipients: ResolvedRecipient[] = [];
  const quietHours = new Map<string, QuietHours>();
  for (const row of rows) {
    if (row.kind === "group" || row.kind === "unknown") continue;
    recipients.push(toRecipient(row, type.mandatory, reasons));
    if (row.id && row.quietStart !== null && row.quietEnd !== null)
      quietHours.set(`${row.kind}:${row.id}`, { start: row.quietStart, end: row.quietEnd });
  }
  return { recipients: mergeByAddress(recipients), quietHours };
}

function recipientsQuery(
  typeKey: string,
  categoryKey: string,
  mandatory: boolean,
  userIds: string[],
  emails: string[],
) {
  return Prisma.sql`
    WITH matching AS (
      SELECT s."userId", s."groupId", s."contactId", s."categoryKey" IS NOT NULL AS via_category, s."mode",
             dense_rank() OVER (ORDER BY s."groupId") AS gidx
      FROM "Subscription" s
      WHERE s."typeKey" = ${typeKey} OR s."categoryKey" = ${categoryKey}
    ),
    user_paths AS (
      SELECT m."userId" AS id, m."mode", CASE WHEN m.via_category THEN 2 ELSE 1 END AS path
      FROM matching m WHERE m."userId" IS NOT NULL
      UNION ALL
      SELECT gm."userId", m."mode", (CASE WHEN m.via_category THEN 4 ELSE 3 END) + 8 * m.gidx
      FROM matching m JOIN "GroupMember" gm ON gm."groupId" = m."groupId"
      UNION ALL
      SELECT u.id, 'IMMEDIATE'::"DeliveryMode", 0
      FROM "User" u WHERE u.id = ANY(${userIds}::uuid[]) OR u.email = ANY(${emails}::text[])
    ),
    contact_paths AS (
      SELECT m."contactId" AS id, m."mode", CASE WHEN m.via_category THEN 2 ELSE 1 END AS path
      FROM matching m WHERE m."contactId" IS NOT NULL
      UNION ALL
      SELECT c.id, 'IMMEDIATE'::"DeliveryMode", 0 FROM "Contact" c WHERE c.email = ANY(${emails}::text[])
    )
    SELECT 'user' AS kind, u.id, u.email, u.name, u.locale::text AS locale, u."timeZone",
           u."digestHour"::int AS "digestHour", bool_or(p."mode" = 'IMMEDIATE') AS immediate,
           pr."mode"::text AS "preferredMode", string_agg(p.path::text, ',') AS paths,
           u."quietStart"::int AS "quietStart", u."quietEnd"::int AS "quietEnd",
           x.email IS NOT NULL AS suppressed
    FROM user_paths p
    JOIN "User" u ON u.id = p.id
    LEFT JOIN "Preference" pr ON pr."userId" = u.id AND pr."typeKey" = ${typeKey}
    LEFT JOIN "Suppression" x ON x.email = u.email
    WHERE u."disabledAt" IS NULL AND (${mandatory}::boolean OR pr.muted IS NOT TRUE)
    GROUP BY u.id, pr.id, x.email
    UNION ALL
    SELECT 'contact', c.id, c.email, c.name, c.locale::text, c."timeZone", c."digestHour"::int,
           bool_or(p."mode" = 'IMMEDIATE'), pr."mode"::text, string_agg(p.path::text, ','),
           c."quietStart"::int, c."quietEnd"::int, x.email IS NOT NULL
    FROM contact_paths p
    JOIN "Contact" c ON c.id = p.id
    LEFT JOIN "Preference" pr ON pr."contactId" = c.id AND pr."typeKey" = ${typeKey}
    LEFT JOIN "Suppression" x ON x.email = c.email
    WHERE c."disabledAt" IS NULL AND (${mandatory}::boolean OR pr.muted IS NOT TRUE)
    GROUP BY c.id, pr.id, x.email
    UNION ALL
    SELECT 'address', NULL, e.email, e.email, 'en', ${DEFAULT_TIME_ZONE}, ${DEFAULT_DIGEST_HOUR}::int, true,
           NULL, '0', NULL::int, NULL::int, EXISTS (SELECT 1 FROM "Suppression" x WHERE x.email = e.email)
    FROM (SELECT DISTINCT unnest(${emails}::text[]) AS email) e
    WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.email = e.email)
      AND NOT EXISTS (SELECT 1 FROM "Contact" c WHERE c.email = e.email)
    UNION ALL
    SELECT DISTINCT 'group', g.id, NULL, g.name, NULL, NULL, NULL::int, NULL::boolean, NULL, m.gidx::text,
           NULL::int, NULL::int, NULL::boolean
    FROM matching m JOIN "Group" g ON g.id = m."groupId"
    UNION ALL
    SELECT 'unknown', n.id, NULL, NULL, NULL, NULL, NULL::int, NULL::boolean, NULL, NULL, NULL::int,
           NULL::int, NULL::boolean
    FROM unnest(${userIds}::uuid[]) AS n(id)
    WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = n.id)`;
}

/**
 * The reasons of one resolution, built once per distinct path and shared by every recipient it
 * reaches (thousands of members of one group get the same, frozen, object).
 */
class ReasonBook {
  private readonly groups = new Map<number, { groupId: string; groupName: string }>();
  private readonly byPath = new Map<number, Reason>();

  constructor(
    private readonly categoryKey: string,
    rows: Row[],
  ) {
    for (const row of rows) {
      if (row.kind === "group" && row.id)
        this.groups.set(Number(row.paths), { groupId: row.id, groupName: row.name });
    }
  }

  get(path: number): Reason {
    let reason = this.byPath.get(path);
    if (!reason) {
      reason = Object.freeze(this.build(path));
      this.byPath.set(path, reason);
    }
    return reason;
  }

  private build(path: number): Reason {
    const kind = path & 7;
    const categoryKey = this.categoryKey;
    if (kind === PathKind.directType) return { via: "direct", target: "type" };
    if (kind === PathKind.directCategory) return { via: "direct", target: "category", categoryKey };
    if (kind === PathKind.groupType || kind === PathKind.groupCategory) {
      const group = this.groups.get(path >> 3) ?? { groupId: "", groupName: "" };
      return kind === PathKind.groupType
        ? { via: "group", ...group, target: "type" }
        : { via: "group", ...group, target: "category", categoryKey };
    }
    return { via: "event" };
  }
}

function toRecipient(row: Row, mandatory: boolean, book: ReasonBook): ResolvedRecipient {
  const mode: DeliveryMode = mandatory
    ? "IMMEDIATE"
    : (row.preferredMode ?? (row.immediate ? "IMMEDIATE" : "DIGEST"));
  const paths = row.paths.includes(",")
    ? [...new Set(row.paths.split(",").map(Number))]
    : [Number(row.paths)];
  const reasons = paths.map((path) => book.get(path));
  return {
    kind: row.kind as ResolvedRecipient["kind"],
    ...(row.id ? { id: row.id } : {}),
    email: row.email,
    name: row.name,
    locale: isAppLocale(row.locale) ? row.locale : defaultLocale,
    timeZone: row.timeZone,
    digestHour: row.digestHour,
    mode,
    reasons: reasons.length > 1 ? reasons.sort(compareReasons) : reasons,
    ...(row.suppressed ? { suppressed: true as const } : {}),
  };
}

const reasonOrder = { event: 0, direct: 1, group: 2 } as const;

function compareReasons(a: Reason, b: Reason): number {
  if (a.via !== b.via) return reasonOrder[a.via] - reasonOrder[b.via];
  if (a.via === "group" && b.via === "group") return a.groupName.localeCompare(b.groupName);
  if (a.via === "direct" && b.via === "direct")
    return a.target === b.target ? 0 : a.target === "type" ? -1 : 1;
  return 0;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One entry per address, sorted by name then address (in code-unit order: stable for dispatch and
 * tests, and far cheaper than a collation-aware sort; screens sort what they show themselves). A
 * contact whose e-mail is also a user's is the same person (contacts are refused for users'
 * addresses, but addresses change): the user's entry stays and takes the contact's reasons.
 */
function mergeByAddress(recipients: ResolvedRecipient[]): ResolvedRecipient[] {
  const byName = (a: ResolvedRecipient, b: ResolvedRecipient) =>
    compareText(a.name, b.name) || compareText(a.email, b.email);
  // Users' addresses are unique: only contacts and bare addresses can repeat one.
  if (recipients.every((recipient) => recipient.kind === "user")) return recipients.sort(byName);
  const byEmail = new Map<string, ResolvedRecipient>();
  for (const recipient of recipients) {
    const existing = byEmail.get(recipient.email);
    if (!existing) {
      byEmail.set(recipient.email, recipient);
      continue;
    }
    const [keep, other] =
      existing.kind === "user" || recipient.kind !== "user" ? [existing, recipient] : [recipient, existing];
    keep.reasons = [...keep.reasons, ...other.reasons.filter((reason) => !keep.reasons.includes(reason))];
    byEmail.set(recipient.email, keep);
  }
  return [...byEmail.values()].sort(byName);
}
