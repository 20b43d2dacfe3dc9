// The mail sender the dispatch worker calls: it picks the transport (the primary, or the secondary
// while the primary cools down), fills the Reply-To from the settings, sends, classifies the answer and
// keeps each transport's health. No "server-only": the worker process imports it outside Next.
import type { Database } from "@/lib/db/client";
import { asTransportError } from "./classify";
import { isCoolingDown, readHealth, recordFailure, recordSuccess, type TransportHealthState } from "./health";
import { loadMailSettings, type EffectiveMailSettings } from "./settings-store";
import { transportsFromEnv } from "./transports";
import type { MailMessage, MailTransport, MailTransportError, MailTransportName } from "./types";
import { log } from "@/lib/log";

export type SendOutcome =
  | { ok: true; transport: MailTransportName; providerMessageId: string }
  | {
      ok: false;
      transport: MailTransportName;
      retryable: boolean;
      statusCode?: number;
      retryAfterSeconds?: number;
      error: string;
    };

export interface MailSender {
  /** One e-mail; message.idempotencyKey is the delivery's key. Never throws for provider errors. */
  send(message: MailMessage): Promise<SendOutcome>;
  /** Up to 100 e-mails in one provider call where the transport supports it (Resend), else one by one.
   *  The same batchKey with the same messages makes the provider drop a repeat. One outcome per message, same order. */
  sendBatch(messages: MailMessage[], batchKey: string): Promise<SendOutcome[]>;
  /** The transport a send right now would use, and whether it batches. */
  current(): Promise<{ transport: MailTransportName; supportsBatch: boolean }>;
}

export const MAX_BATCH_SIZE = 100;

/** Settings change rarely; every worker sees an administrator's change within this long. */
const SETTINGS_TTL_MS = 5_000;
/** Other workers' health updates are seen within this long (a worker sees its own at once). */
const HEALTH_TTL_MS = 1_000;
const ERROR_MAX = 1_000;

interface Route {
  name: MailTransportName;
  transport: MailTransport | undefined;
  settings: EffectiveMailSettings;
}

/**
 * A failed call is never retried on the other transport within the same call: a timed-out send may
 * have been accepted, and idempotency keys do not cross providers. The worker retries later, and by
 * then the route may have moved to the secondary.
 */
export function createMailSender(
  db: Database,
  options: { transports?: Partial<Record<MailTransportName, MailTransport>>; now?: () => Date } = {},
): MailSender {
  const now = options.now ?? (() => new Date());
  const transports = options.transports ?? transportsFromEnv(db);
  let settingsCache: { value: EffectiveMailSettings; at: number } | undefined;
  const healthCache = new Map<MailTransportName, { value: TransportHealthState | null; at: number }>();

  async function settings(): Promise<EffectiveMailSettings> {
    const at = now().getTime();
    if (!settingsCache || at - settingsCache.at >= SETTINGS_TTL_MS || at < settingsCache.at) {
      settingsCache = { value: await loadMailSettings(db), at };
    }
    return settingsCache.value;
  }

  async function health(name: MailTransportName): Promise<TransportHealthState | null> {
    const at = now().getTime();
    const cached = healthCache.get(name);
    if (cached && at - cached.at < HEALTH_TTL_MS && at >= cached.at) return cached.value;
    const value = await readHealth(db, name);
    healthCache.set(name, { value, at });
    return value;
  }

  async function route(): Promise<Route> {
    const current = await settings();
    let name = current.primary;
    if (current.secondary && isCoolingDown(await health(current.primary), now())) name = current.secondary;
    return { name, transport: transports[name], settings: current };
  }

  // Health bookkeeping must never turn a sent e-mail into a failure (the worker would send it again).
  async function succeeded(name: MailTransportName) {
    try {
      await recordSuccess(db, name, now());
      const cached = healthCache.get(name);
      if (cached?.value) cached.value = { ...cached.value, consecutiveFailures: 0, coolDownUntil: null };
    } catch (error) {
      log.error({ err: error, transport: name }, "could not record a transport's success");
    }
  }

  async function failed(route: Route, error: string) {
    try {
      const value = await recordFailure(db, route.name, {
        error,
        failoverAfter: route.settings.failoverAfter,
        coolDownSeconds: route.settings.coolDownSeconds,
        now: now(),
      });
      healthCache.set(route.name, { value, at: now().getTime() });
    } catch (caught) {
      log.error({ err: caught, transport: route.name }, "could not record a transport's failure");
    }
  }

  function prepare(message: MailMessage, current: EffectiveMailSettings): MailMessage {
    return current.replyTo && !message.replyTo ? { ...message, replyTo: current.replyTo } : message;
  }

  function unconfigured(name: MailTransportName): SendOutcome {
    return {
      ok: false,
      transport: name,
      retryable: true,
      error: `${name} is not configured on this instance`,
    };
  }

  async function sendOne(current: Route, message: MailMessage): Promise<SendOutcome> {
    if (!current.transport) return unconfigured(current.name);
    try {
      const { id } = await current.transport.send(prepare(message, current.settings));
      return { ok: true, transport: current.name, providerMessageId: id };
    } catch (error) {
      return failure(current.name, asTransportError(error));
    }
  }

  /** One provider call's outcomes → the transport's health: a success resets, a retryable failure counts once. */
  async function account(current: Route, outcomes: SendOutcome[]) {
    if (outcomes.some((outcome) => outcome.ok)) await succeeded(current.name);
    else {
      const retryable = outcomes.find((outcome) => !outcome.ok && outcome.retryable);
      if (retryable && !retryable.ok) await failed(current, retryable.error);
    }
  }

  return {
    async send(message) {
      const current = await route();
      const outcome = await sendOne(current, message);
      await account(current, [outcome]);
      return outcome;
    },

    async sendBatch(messages, batchKey) {
      if (messages.length > MAX_BATCH_SIZE) {
        throw new RangeError(`sendBatch takes at most ${MAX_BATCH_SIZE} messages, got ${messages.length}`);
      }
      if (messages.length === 0) return [];
      const current = await route();
      const outcomes = current.transport?.sendBatch
        ? await providerBatch(current, messages, batchKey)
        : await oneByOne(current, messages);
      await account(current, outcomes);
      return outcomes;
    },

    async current() {
      const current = await route();
      return { transport: current.name, supportsBatch: Boolean(current.transport?.sendBatch) };
    },
  };

  async function providerBatch(current: Route, messages: MailMessage[], batchKey: string) {
    try {
      const results = await current.transport!.sendBatch!(
        messages.map((message) => prepare(message, current.settings)),
        batchKey,
      );
      return results.map((result): SendOutcome =>
        result.ok
          ? { ok: true, transport: current.name, providerMessageId: result.id }
          : failure(current.name, result.error),
      );
    } catch (error) {
      const outcome = failure(current.name, asTransportError(error));
      return messages.map(() => outcome);
    }
  }

  /**
   * Transports without a batch endpoint send one at a time. When the transport itself is unreachable
   * (a retryable failure with no status: refused, reset, timed out), the rest are not tried: they get
   * the same retryable outcome instead of waiting for the same timeout, one after another.
   */
  async function oneByOne(current: Route, messages: MailMessage[]) {
    const outcomes: SendOutcome[] = [];
    let unreachable: SendOutcome | undefined;
    for (const message of messages) {
      if (unreachable && !unreachable.ok) {
        outcomes.push({ ...unreachable, error: `Not tried: ${unreachable.error}` });
        continue;
      }
      const outcome = await sendOne(current, message);
      if (!outcome.ok && outcome.retryable && outcome.statusCode === undefined) unreachable = outcome;
      outcomes.push(outcome);
    }
    return outcomes;
  }
}

function failure(name: MailTransportName, error: MailTransportError): SendOutcome {
  return {
    ok: false,
    transport: name,
    retryable: error.retryable,
    ...(error.status !== undefined ? { statusCode: error.status } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    error: error.message.slice(0, ERROR_MAX),
  };
}
