// When the demo history's events happen, and which addresses stop receiving mail on the way.
//
// Events: 7–13 a day of the non-report types at any hour, plus each daily report once a day at the
// reports job's default hour (06:00 UTC, lib/dispatch/jobs/reports.ts), every day of the 30, with the
// job's dedup key. Sorted by time, so the history can be played forward like the worker lived it.
//
// Suppressions: one external contact's mailbox goes away three weeks ago (a hard bounce), and two users
// mark a Herald e-mail as spam (complaints). As in lib/mail/feedback.ts, each suppresses its address
// from the moment the webhook lands; every later delivery to it is SUPPRESSED.
import type { ResolvedRecipient } from "@/lib/subscriptions/types";
import type { TypeKey } from "@/lib/templates/payloads";
import { suppressedFrom } from "./history-feedback";
import type { generator } from "./history-rows";

type Random = ReturnType<typeof generator>;

export const DAYS = 30;
const DAY_MS = 86_400_000;
const EVENTS_PER_DAY = [7, 13] as const;
/** Nothing in the last minutes: the demo queue holds only what the history adds on purpose. */
const QUIET_TAIL_MS = 20 * 60_000;

/**
 * The reports job's types and UTC hour. Copied, not imported: reports.ts reaches lib/env (through
 * enqueue), which refuses to load without the server's configuration, and the seed runs before it.
 */
export const REPORT_TYPES: readonly string[] = [
  "credentials.password-daily-summary",
  "monitoring.password-change-daily-report",
  "monitoring.disk-daily",
];
const REPORT_HOUR_UTC = 6;

export interface PlannedEvent {
  createdMs: number;
  typeKey: TypeKey;
  /** The reports job's dedup key (`report:<the day covered>`); null for other events. */
  reportKey: string | null;
}

export function eventTimeline(
  random: Random,
  options: { now: Date; typeKeys: TypeKey[]; reportKeys: TypeKey[] },
): PlannedEvent[] {
  const nowMs = options.now.getTime();
  const events: PlannedEvent[] = [];
  if (options.typeKeys.length > 0) {
    for (let day = DAYS - 1; day >= 0; day--) {
      const count = random.int(...EVENTS_PER_DAY);
      for (let index = 0; index < count; index++) {
        const createdMs = nowMs - day * DAY_MS - random.int(25 * 60, DAY_MS / 1000 - 60) * 1000;
        if (createdMs > nowMs - QUIET_TAIL_MS) continue;
        events.push({ createdMs, typeKey: random.pick(options.typeKeys), reportKey: null });
      }
    }
  }
  // The last DAYS runs of the job, the newest at least QUIET_TAIL_MS old.
  const today = Date.UTC(
    options.now.getUTCFullYear(),
    options.now.getUTCMonth(),
    options.now.getUTCDate(),
    REPORT_HOUR_UTC,
  );
  const newest = today <= nowMs - QUIET_TAIL_MS ? today : today - DAY_MS;
  for (let run = 0; run < DAYS; run++) {
    const slot = newest - run * DAY_MS;
    // Each report covers the UTC day before its run (reportPeriod).
    const covered = new Date(slot - DAY_MS).toISOString().slice(0, 10);
    for (const typeKey of options.reportKeys) {
      events.push({ createdMs: slot + random.int(200, 4000), typeKey, reportKey: `report:${covered}` });
    }
  }
  return events.sort((a, b) => a.createdMs - b.createdMs);
}

export interface FeedbackPlan {
  email: string;
  kind: "HARD_BOUNCE" | "COMPLAINT";
  /** The first delivery to the address queued from then on draws this feedback. */
  fromMs: number;
}

/**
 * Who bounces and who complains. `spared`: addresses kept receiving mail (the sample user that the
 * README's login and the end-to-end tests read the inbox of).
 */
export function feedbackPlan(
  random: Random,
  options: { now: Date; recipients: ResolvedRecipient[]; spared: string[] },
): FeedbackPlan[] {
  const nowMs = options.now.getTime();
  const addresses = (kind: ResolvedRecipient["kind"]) =>
    [
      ...new Set(
        options.recipients
          .filter((recipient) => recipient.kind === kind)
          .map((recipient) => recipient.email.toLowerCase()),
      ),
    ]
      .filter((email) => !options.spared.includes(email))
      .sort();
  const contacts = addresses("contact");
  const users = addresses("user");
  const plan: FeedbackPlan[] = [];
  if (contacts.length > 0)
    plan.push({ email: random.pick(contacts), kind: "HARD_BOUNCE", fromMs: nowMs - 21 * DAY_MS });
  for (const daysAgo of [12, 5]) {
    const left = users.filter((email) => !plan.some((entry) => entry.email === email));
    if (left.length > 0)
      plan.push({ email: random.pick(left), kind: "COMPLAINT", fromMs: nowMs - daysAgo * DAY_MS });
  }
  return plan;
}

/**
 * The delivery of each planned feedback (the first to its address queued from the plan's time on),
 * and from when each such address counts as suppressed. Until that delivery is played the time is its
 * earliest possible one (its send cannot start sooner than it was queued); playing it sets the real one.
 */
export function locateFeedback(
  timeline: { createdMs: number; typeKey: TypeKey }[],
  reach: Map<TypeKey, ResolvedRecipient[]>,
  plan: FeedbackPlan[],
) {
  const planned = new Map<string, FeedbackPlan>();
  const suppressedAt = new Map<string, number>();
  for (const entry of plan) {
    timeline.some(({ createdMs, typeKey }, eventIndex) => {
      const position = reach.get(typeKey)!.findIndex((r) => r.email.toLowerCase() === entry.email);
      const queuedMs = createdMs + position * 3;
      if (position < 0 || queuedMs < entry.fromMs) return false;
      planned.set(`${eventIndex}:${position}`, entry);
      suppressedAt.set(entry.email, suppressedFrom(queuedMs));
      return true;
    });
  }
  return { planned, suppressedAt };
}
