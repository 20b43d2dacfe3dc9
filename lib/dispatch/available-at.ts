// When each delivery may leave (Delivery.availableAt): now, the recipient's next local digest hour, or
// the end of their quiet hours. No "server-only", like enqueue.ts.
import type { QuietHours } from "@/lib/subscriptions/resolve-recipients";
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import { nextDigestAt, quietHoursEnd } from "./timing";

/** Each zone name seen, or "UTC" for one Intl does not know (stored before zones were validated). */
const zones = new Map<string, string>();

/**
 * The zone to compute in. Kept for the process: building an Intl.DateTimeFormat to try a name costs
 * ~0.1–0.8 ms, which per event was the largest share of the events API's own CPU (a profile under
 * load, 2026-12-02), and whether a name is a zone does not change.
 */
function knownZone(timeZone: string): string {
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
 * The availableAt of each recipient's delivery (see scheduler). `quietHours`: the recipients' quiet
 * hours (resolveWithQuietHours), or null when the type may not be held by them (critical, mandatory,
 * a test).
 */
export function availability(options: { now: Date; quietHours: Map<string, QuietHours> | null }) {
  return scheduler(options.now, options.quietHours ?? new Map<string, QuietHours>());
}
