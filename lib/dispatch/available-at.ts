// When each delivery may leave (Delivery.availableAt): now, the recipient's next local digest hour, or
// the end of their quiet hours. No "server-only", like enqueue.ts.
import type { Transaction } from "@/lib/db/client";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import { nextDigestAt, quietHoursEnd } from "./timing";

interface QuietHours {
  start: number;
  end: number;
}

/** Quiet hours of the users and contacts among the recipients that set them, keyed "kind:id". */
async function quietHoursOf(tx: Transaction, recipients: ResolvedRecipient[]) {
  const userIds: string[] = [];
  const contactIds: string[] = [];
  for (const recipient of recipients) {
    if (recipient.kind === "user" && recipient.id) userIds.push(recipient.id);
    else if (recipient.kind === "contact" && recipient.id) contactIds.push(recipient.id);
  }
  const rows = await tx.$queryRaw<{ key: string; start: number; end: number }[]>`
    SELECT 'user:' || id AS key, "quietStart"::int AS start, "quietEnd"::int AS end
    FROM "User" WHERE id = ANY(${userIds}::uuid[]) AND "quietStart" IS NOT NULL
    UNION ALL
    SELECT 'contact:' || id, "quietStart"::int, "quietEnd"::int
    FROM "Contact" WHERE id = ANY(${contactIds}::uuid[]) AND "quietStart" IS NOT NULL`;
  return new Map(rows.map((row) => [row.key, { start: row.start, end: row.end }]));
}

/**
 * When each recipient's delivery may leave, as an ISO instant; null for "now" (the database's clock).
 * Digest items wait for the recipient's next local digest hour (the digest job sends them together);
 * immediate ones for the end of their quiet hours when the type may be held. Memoised per zone and
 * setting: thousands of recipients share a handful of them.
 */
function scheduler(now: Date, quiet: Map<string, QuietHours>) {
  const memo = new Map<string, string | null>();
  const once = (key: string, compute: () => Date | null): string | null => {
    if (!memo.has(key)) memo.set(key, compute()?.toISOString() ?? null);
    return memo.get(key) ?? null;
  };
  const zones = new Map<string, string>();
  // A zone Intl does not know (stored before zones were validated) counts as UTC.
  const knownZone = (timeZone: string) => {
    let zone = zones.get(timeZone);
    if (zone === undefined) {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone });
        zone = timeZone;
      } catch {
        zone = "UTC";
      }
      zones.set(timeZone, zone);
    }
    return zone;
  };
  return (recipient: ResolvedRecipient): string | null => {
    const zone = knownZone(recipient.timeZone);
    if (recipient.mode === "DIGEST") {
      const hour = recipient.digestHour;
      return once(`digest|${zone}|${hour}`, () => nextDigestAt(now, zone, hour));
    }
    const hours = recipient.id ? quiet.get(`${recipient.kind}:${recipient.id}`) : undefined;
    if (!hours) return null;
    return once(`quiet|${zone}|${hours.start}|${hours.end}`, () =>
      quietHoursEnd(now, zone, hours.start, hours.end),
    );
  };
}

/**
 * The availableAt of each recipient's delivery (see scheduler). `quietHours`: whether the type may be
 * held by quiet hours (not critical, not mandatory, not a test); only then are they looked up.
 */
export async function availability(
  tx: Transaction,
  recipients: ResolvedRecipient[],
  options: { now: Date; quietHours: boolean },
) {
  const quiet = options.quietHours ? await quietHoursOf(tx, recipients) : new Map<string, QuietHours>();
  return scheduler(options.now, quiet);
}
