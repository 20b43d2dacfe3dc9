// How each demo send went: the transport, every try, and when the next one came. Failures are ones the
// transport really returns, worded as lib/mail/resend.ts and lib/mail/classify.ts word them (the Mailbox
// transport writes to the database and does not fail like a relay), and retries are spaced by the
// worker's own back-off with jitter (retryDelay), drawn from the seed's generator.
import type { Prisma } from "@/generated/prisma/client";
import type { MailTransportName } from "@/generated/prisma/enums";
import { MAX_ATTEMPTS, retryDelay } from "@/lib/dispatch/timing";
import type { generator } from "./history-rows";

type Random = ReturnType<typeof generator>;
type Attempt = Omit<Prisma.DeliveryAttemptCreateManyInput, "deliveryId" | "providerMessageId">;

interface Failure {
  statusCode: number | null;
  error: string;
}

/** Failures a later try may overcome: the worker backs off and tries again. */
const RETRYABLE: Record<"RESEND" | "SMTP", readonly Failure[]> = {
  RESEND: [
    { statusCode: 500, error: "Resend: An unexpected error occurred." },
    {
      statusCode: 429,
      error: "Resend: Too many requests. You can only make 2 requests per second.",
    },
    { statusCode: null, error: "Resend: Unable to fetch data. The request could not be resolved." },
  ],
  SMTP: [
    { statusCode: 421, error: "SMTP: Message failed: 421 4.7.0 Temporary System Problem. Try again later" },
    { statusCode: 451, error: "SMTP: Message failed: 451 4.3.0 Mail server temporarily rejected message" },
    { statusCode: null, error: "SMTP: Connection timeout" },
  ],
};

/** The relay refuses the message for good (an SMTP 5xx): the worker fails the delivery at once. */
const PERMANENT: Failure = {
  statusCode: 554,
  error: "SMTP: Message failed: 554 5.7.1 Message rejected: the relay's content policy",
};

export interface SendPlan {
  transport: MailTransportName;
  attempts: Attempt[];
  /** When the last try ended: the send, or the failure that gave up. */
  endMs: number;
  /** The delivery's lastError: null once sent (the worker clears it). */
  lastError: string | null;
}

/**
 * The tries of one delivery queued at `queuedMs`: a send (one try in nine out of ten, else a retryable
 * failure first) or a failure (the relay's refusal at once, or MAX_ATTEMPTS retryable ones in a row,
 * one outage's error each time). `via` pins the transport (provider feedback comes only from Resend);
 * `retries: false` makes a send a single try.
 */
export function planSend(
  random: Random,
  queuedMs: number,
  outcome: "SENT" | "FAILED",
  via?: MailTransportName,
  retries = true,
): SendPlan {
  const permanent = outcome === "FAILED" && !via && random.next() < 0.3;
  const transport: MailTransportName =
    via ??
    (permanent
      ? "SMTP"
      : random.weighted<MailTransportName>(
          outcome === "FAILED"
            ? [
                ["RESEND", 5],
                ["SMTP", 2],
              ]
            : [
                ["RESEND", 5],
                ["SMTP", 2],
                ["MAILBOX", 3],
              ],
        ));
  const relay = transport === "MAILBOX" ? null : transport;
  const failure = permanent ? PERMANENT : relay ? random.pick(RETRYABLE[relay]) : null;
  const total =
    outcome === "FAILED" ? (permanent ? 1 : MAX_ATTEMPTS) : relay && retries && random.next() < 0.1 ? 2 : 1;

  const attempts: Attempt[] = [];
  let startMs = queuedMs + random.int(150, 900);
  let endMs = startMs;
  for (let number = 1; number <= total; number++) {
    const durationMs = random.int(40, 900);
    endMs = startMs + durationMs;
    const last = number === total;
    const failed = !last || outcome === "FAILED";
    const retryAt = last ? null : endMs + retryDelay(number, undefined, random.next);
    attempts.push({
      number,
      transport,
      outcome: !failed ? "SENT" : last ? "FAILED" : "RETRY",
      // The worker records no status code for a send (lib/dispatch/worker/record.ts).
      statusCode: failed ? failure!.statusCode : null,
      error: failed ? failure!.error : null,
      retryAt: retryAt === null ? null : new Date(retryAt),
      workerId: `worker-${random.int(1, 2)}`,
      startedAt: new Date(startMs),
      durationMs,
    });
    // The next claim comes a moment after the delivery is due again.
    if (retryAt !== null) startMs = retryAt + random.int(50, 1500);
  }
  return { transport, attempts, endMs, lastError: outcome === "FAILED" ? failure!.error : null };
}
