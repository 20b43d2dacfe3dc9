// Sending a claimed set of immediate deliveries: settle the ones that must not go, render once per
// event × locale × time zone, personalise, store what will be sent, send (in provider batches when the
// transport has them), and record every attempt. No "server-only": the standalone worker process
// imports this outside Next. No transaction is ever held across a network call: each step is its own
// short statement, and every write is guarded by this worker's lease (see record.ts).
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { MailMessage, MailTransportName } from "@/lib/mail/types";
import type { MailSender, SendOutcome } from "@/lib/mail/sender";
import { personalise } from "@/lib/templates/render";
import { retryDelay } from "@/lib/dispatch/timing";
import { releaseClaims, type ClaimedDelivery } from "./claim";
import { headersFor, personalFor, TEST_SUBJECT_PREFIX } from "./personal";
import { recordAttempts, settleUnsendable, storePrepared, type AttemptResult } from "./record";
import { recordUnanswered, reroutedFrom, resolve, unanswered } from "./outcomes";
import { renderKey, sharedRenders, type RenderCache, type SharedRender } from "./renders";
import { log as logger } from "@/lib/log";

/** Resend's batch endpoint takes at most 100 e-mails. */
export const MAX_BATCH = 100;

export interface ProcessContext {
  db: Database;
  sender: MailSender;
  workerId: string;
  from: string;
  renders: RenderCache;
  now: () => Date;
  /** ms before the next try after try `attempt` failed (timing.ts's retryDelay unless a test says). */
  retryDelay: (attempt: number, retryAfterSeconds?: number) => number;
  /** True once the worker was asked to stop: unstarted work is handed back. */
  stopping: () => boolean;
  /** Single sends in flight at once, for transports without batches (SMTP, mailbox). */
  sendConcurrency: number;
  log: (line: string) => void;
}

export function defaultProcessContext(
  base: Pick<ProcessContext, "db" | "sender" | "workerId" | "from" | "renders"> & Partial<ProcessContext>,
): ProcessContext {
  return {
    now: () => new Date(),
    retryDelay: (attempt, retryAfter) => retryDelay(attempt, retryAfter),
    sendConcurrency: 8,
    stopping: () => false,
    log: (line) => logger.info({ area: "worker" }, line),
    ...base,
  };
}

/** One e-mail ready to go, and the row it belongs to. */
export interface Outgoing {
  row: ClaimedDelivery;
  message: MailMessage;
}

function failure(error: unknown): SendOutcome & { ok: false } {
  return {
    ok: false,
    transport: "MAILBOX",
    retryable: true,
    error: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Sends prepared e-mails and records the results. With `batchKey` (and a transport that takes
 * batches) they go as one provider batch under that key; otherwise one by one.
 */
export async function sendAndRecord(ctx: ProcessContext, outgoing: Outgoing[], batchKey: string | null) {
  if (outgoing.length === 0) return;
  const startedAt = ctx.now();
  const started = performance.now();
  let outcomes: SendOutcome[];
  let transportWhenFailing: SendOutcome["transport"] = "MAILBOX";
  try {
    transportWhenFailing = (await ctx.sender.current()).transport;
    if (batchKey) {
      outcomes = await ctx.sender.sendBatch(
        outgoing.map((item) => item.message),
        batchKey,
      );
      const durationMs = performance.now() - started;
      if (outcomes.length > 0 && outcomes.every(unanswered)) {
        await recordUnanswered(ctx, outgoing, outcomes[0]!, startedAt, durationMs);
        return;
      }
      const rerouted = await reroutedFrom(ctx, outcomes);
      await recordAttempts(
        ctx.db,
        ctx.workerId,
        outgoing.map((item, index) => toResult(ctx, item, outcomes[index], startedAt, durationMs, rerouted)),
      );
      return;
    }
  } catch (error) {
    // The sender reports failures as outcomes; a throw is a bug or a broken database: retry later.
    const outcome = { ...failure(error), transport: transportWhenFailing };
    await recordAttempts(
      ctx.db,
      ctx.workerId,
      outgoing.map((item) => toResult(ctx, item, outcome, startedAt, performance.now() - started)),
    );
    return;
  }
  const results: { item: Outgoing; outcome: SendOutcome; itemStartedAt: Date; durationMs: number }[] = [];
  await pool(outgoing, ctx.sendConcurrency, async (item) => {
    const itemStartedAt = ctx.now();
    const itemStarted = performance.now();
    let outcome: SendOutcome;
    try {
      outcome = await ctx.sender.send(item.message);
    } catch (error) {
      outcome = { ...failure(error), transport: transportWhenFailing };
    }
    results.push({ item, outcome, itemStartedAt, durationMs: performance.now() - itemStarted });
  });
  const rerouted = await reroutedFrom(
    ctx,
    results.map(({ outcome }) => outcome),
  );
  await recordAttempts(
    ctx.db,
    ctx.workerId,
    results.map(({ item, outcome, itemStartedAt, durationMs }) =>
      toResult(ctx, item, outcome, itemStartedAt, durationMs, rerouted),
    ),
  );
}

function toResult(
  ctx: ProcessContext,
  item: Outgoing,
  outcome: SendOutcome | undefined,
  startedAt: Date,
  durationMs: number,
  rerouted?: MailTransportName,
): AttemptResult {
  const settled = outcome ?? failure(new Error("The transport gave no answer for this e-mail"));
  return {
    id: item.row.id,
    transport: settled.transport,
    startedAt,
    durationMs,
    resolution: resolve(ctx, item.row.seriesAttempt, settled, rerouted === settled.transport),
  };
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  });
  await Promise.all(lanes);
}

/** The e-mail for one row from its shared render and its personal parts. */
export function composeMessage(ctx: ProcessContext, row: ClaimedDelivery, render: SharedRender): Outgoing {
  // What was stored before an earlier send is re-used as it is (From included), so a re-send is the
  // same request; a first send records this worker's From with the personal parts.
  const personal =
    row.personal && row.renderId === render.id
      ? row.personal
      : { ...personalFor({ ...row, test: render.test, now: ctx.now() }), from: ctx.from };
  const email = personalise(render.prepared, personal);
  const subject = `${personal.test ? TEST_SUBJECT_PREFIX : ""}${email.subject}`;
  return {
    row: { ...row, personal, subject, renderId: render.id },
    message: {
      to: row.email,
      from: personal.from ?? ctx.from,
      subject,
      html: email.html,
      text: email.text,
      headers: headersFor({ deliveryId: row.id, eventId: row.eventId, messageId: row.messageId, personal }),
      idempotencyKey: row.idempotencyKey,
    },
  };
}

/** Rows whose event cannot be rendered: nothing to send, and trying again would not help. */
async function failUnrenderable(ctx: ProcessContext, rows: ClaimedDelivery[], error: Error) {
  const { transport } = await ctx.sender.current();
  const startedAt = ctx.now();
  await recordAttempts(
    ctx.db,
    ctx.workerId,
    rows.map((row) => ({
      id: row.id,
      transport,
      startedAt,
      durationMs: 0,
      resolution: { status: "FAILED", error: `The e-mail could not be rendered: ${error.message}` },
    })),
  );
}

/** A fresh claim of immediate deliveries: everything from settling to recording. */
export async function processImmediate(ctx: ProcessContext, claimed: ClaimedDelivery[]) {
  const sendable = await settleUnsendable(ctx.db, ctx.workerId, claimed);
  if (sendable.length === 0) return;
  const renders = await sharedRenders(ctx.db, sendable, ctx.renders);

  const outgoing: Outgoing[] = [];
  const unrenderable = new Map<string, { error: Error; rows: ClaimedDelivery[] }>();
  for (const row of sendable) {
    const key = renderKey(row);
    const render = renders.get(key);
    if (render && !(render instanceof Error)) {
      outgoing.push(composeMessage(ctx, row, render));
    } else {
      const entry = unrenderable.get(key) ?? {
        error: render ?? new Error("No render for this event"),
        rows: [],
      };
      entry.rows.push(row);
      unrenderable.set(key, entry);
    }
  }
  for (const { error, rows } of unrenderable.values()) {
    ctx.log(`${rows.length} deliveries failed: ${error.message}`);
    await failUnrenderable(ctx, rows, error);
  }

  // A batch is sent in id order, the order claim.ts and processInterruptedBatch re-create it in.
  outgoing.sort((a, b) => a.row.id.localeCompare(b.row.id));
  const { supportsBatch } = await ctx.sender.current();
  const chunkSize = supportsBatch ? MAX_BATCH : outgoing.length;
  for (let start = 0; start < outgoing.length; start += Math.max(1, chunkSize)) {
    const chunk = outgoing.slice(start, start + Math.max(1, chunkSize));
    if (ctx.stopping()) {
      // Stopping: what has not left yet goes back to the queue for another worker.
      await releaseClaims(
        ctx.db,
        ctx.workerId,
        outgoing.slice(start).map(({ row }) => row.id),
      );
      return;
    }
    const batchKey = supportsBatch && chunk.length > 1 ? `herald-batch-${randomUUID()}` : null;
    // The batch key is stored with the rows before the batch leaves: if this worker dies mid-send,
    // whoever reclaims the rows re-sends this exact batch under this key (claim.ts).
    const leased = await storePrepared(
      ctx.db,
      ctx.workerId,
      chunk.map(({ row }) => ({
        id: row.id,
        renderId: row.renderId,
        subject: row.subject ?? "",
        personal: row.personal,
        batchKey,
      })),
    );
    await sendAndRecord(
      ctx,
      chunk.filter(({ row }) => leased.has(row.id)),
      batchKey,
    );
  }
}

/**
 * A provider batch whose worker died mid-send: re-sent exactly as stored (same render, same personal
 * parts, same order, same key), so the provider recognises the repeat and sends nothing twice.
 */
export async function processInterruptedBatch(ctx: ProcessContext, rows: ClaimedDelivery[]) {
  const batchKey = rows[0]?.batchKey;
  if (!batchKey) return;
  const ordered = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const renders = await sharedRenders(ctx.db, ordered, ctx.renders);
  const outgoing: Outgoing[] = [];
  for (const row of ordered) {
    const render = renders.get(renderKey(row));
    if (!render || render instanceof Error) continue;
    outgoing.push(composeMessage(ctx, row, render));
  }
  const { supportsBatch } = await ctx.sender.current();
  // Failed over to a transport without batches (SMTP): each e-mail goes alone under its own key.
  await sendAndRecord(ctx, outgoing, supportsBatch && outgoing.length > 1 ? batchKey : null);
}
