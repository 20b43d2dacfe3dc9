// Daily digests: one e-mail per recipient with every digest-mode delivery that came due for them
// (claim.ts claims a recipient's digest rows together). No "server-only": the standalone worker
// process imports this outside Next.
//
// The digest is rendered whole and stored once (RenderedMessage kind DIGEST); each of its deliveries
// points at it and carries the digest's key in batchKey, which is also the provider's idempotency key.
// If the worker dies mid-send, the rows are reclaimed with that key and the stored digest is re-sent
// as it was, so the provider drops the repeat.
import { randomUUID } from "node:crypto";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { findCategory, findType } from "@/lib/catalog/definitions";
import { localizeCategory, localizeType } from "@/lib/catalog/localize";
import type { Prisma } from "@/generated/prisma/client";
import { toDbLocale } from "@/lib/i18n/locales";
import { copyFor } from "@/lib/templates/copy";
import { formatterFor } from "@/lib/templates/format";
import { personalise } from "@/lib/templates/render";
import { releaseClaims, type ClaimedDelivery } from "./claim";
import { digestCopy } from "./digest-copy";
import { digestOneClickUrl, headersFor, type DeliveryPersonal } from "./personal";
import DigestEmail, { type DigestItem } from "./digest-email";
import { recordUnanswered, resolve, unanswered } from "./outcomes";
import type { Outgoing, ProcessContext } from "./process";
import { recordAttempts, settleUnsendable, storePrepared } from "./record";
import { preferencesUrl, renderKey, sharedRenders } from "./renders";

interface DigestContent {
  subject: string;
  html: string;
  text: string;
}

const textOptions = {
  selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
};

export async function processDigests(ctx: ProcessContext, groups: ClaimedDelivery[][]) {
  for (const rows of groups) {
    if (ctx.stopping()) {
      await releaseClaims(
        ctx.db,
        ctx.workerId,
        rows.filter((row) => !row.batchKey).map((row) => row.id),
      );
      continue;
    }
    const resent = new Map<string, ClaimedDelivery[]>();
    const fresh: ClaimedDelivery[] = [];
    for (const row of rows) {
      if (row.batchKey && row.renderId) resent.set(row.batchKey, [...(resent.get(row.batchKey) ?? []), row]);
      else fresh.push(row);
    }
    for (const [batchKey, members] of resent) await resendDigest(ctx, batchKey, members);
    if (fresh.length) await sendDigest(ctx, fresh);
  }
}

/** What a digest's e-mail takes from its stored personal parts (the same on every row of it). */
type DigestPersonal = Pick<DeliveryPersonal, "from" | "oneClickUrl">;

function digestMessage(
  ctx: ProcessContext,
  rows: ClaimedDelivery[],
  batchKey: string,
  content: DigestContent,
  personal: DigestPersonal,
) {
  const [first] = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  if (!first) return [];
  const message = {
    to: first.email,
    from: personal.from ?? ctx.from,
    subject: content.subject,
    html: content.html,
    text: content.text,
    // Message-ID, the first row's id and, for a recipient with preferences, the one-click pair.
    headers: {
      ...headersFor({ deliveryId: first.id, messageId: first.messageId, personal }),
      "X-Herald-Digest": String(rows.length),
    },
    idempotencyKey: batchKey,
  };
  // One e-mail, one send; every delivery of the digest records its outcome.
  return rows.map((row): Outgoing => ({ row, message }));
}

async function sendOne(ctx: ProcessContext, outgoing: Outgoing[]) {
  const [first] = outgoing;
  if (!first) return;
  const startedAt = ctx.now();
  const started = performance.now();
  const outcome = await ctx.sender.send(first.message).catch(async (error: unknown) => ({
    ok: false as const,
    transport: (await ctx.sender.current()).transport,
    retryable: true,
    error: error instanceof Error ? error.message : String(error),
  }));
  await recordOutcome(ctx, outgoing, outcome, startedAt, performance.now() - started);
}

async function recordOutcome(
  ctx: ProcessContext,
  outgoing: Outgoing[],
  outcome: Awaited<ReturnType<ProcessContext["sender"]["send"]>>,
  startedAt: Date,
  durationMs: number,
) {
  // A digest without an answer may have been sent: retried whole, under the same key.
  if (unanswered(outcome)) return recordUnanswered(ctx, outgoing, outcome, startedAt, durationMs);
  await recordAttempts(
    ctx.db,
    ctx.workerId,
    outgoing.map(({ row }) => ({
      id: row.id,
      transport: outcome.transport,
      startedAt,
      durationMs,
      resolution: resolve(ctx, row.seriesAttempt, outcome),
    })),
  );
}

async function resendDigest(ctx: ProcessContext, batchKey: string, rows: ClaimedDelivery[]) {
  const stored = await ctx.db.renderedMessage.findUnique({
    where: { id: rows[0]?.renderId ?? "" },
    select: { content: true },
  });
  if (!stored) return sendDigest(ctx, rows);
  // What was recorded when the digest was first prepared (From, unsubscribe link): the repeat under
  // its key must be the same request.
  const personal = rows.find((row) => row.personal)?.personal ?? {};
  await sendOne(
    ctx,
    digestMessage(ctx, rows, batchKey, stored.content as unknown as DigestContent, personal),
  );
}

async function sendDigest(ctx: ProcessContext, claimed: ClaimedDelivery[]) {
  const rows = await settleUnsendable(ctx.db, ctx.workerId, claimed);
  const [first] = rows;
  if (!first) return;
  const content = await renderDigest(ctx, rows);
  const stored = await ctx.db.renderedMessage.create({
    data: {
      kind: "DIGEST",
      locale: toDbLocale(first.locale),
      timeZone: first.timeZone,
      content: content as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  const batchKey = `herald-digest-${randomUUID()}`;
  const copy = digestCopy(first.locale);
  const personal: DigestPersonal = { from: ctx.from, oneClickUrl: digestOneClickUrl(rows, ctx.now()) };
  const leased = await storePrepared(
    ctx.db,
    ctx.workerId,
    rows.map((row) => ({
      id: row.id,
      renderId: stored.id,
      subject: content.subject,
      personal: { name: row.name, reason: copy.reason, ...personal },
      batchKey,
    })),
  );
  await sendOne(
    ctx,
    digestMessage(
      ctx,
      rows.filter((row) => leased.has(row.id)),
      batchKey,
      content,
      personal,
    ),
  );
}

/** The digest of a recipient's rows: every item's subject (from its event's shared render), by category. */
export async function renderDigest(ctx: ProcessContext, rows: ClaimedDelivery[]): Promise<DigestContent> {
  const [first] = rows;
  if (!first) throw new Error("An empty digest");
  const { locale, timeZone } = first;
  const copy = digestCopy(locale);
  const layout = copyFor(locale).layout;
  const format = formatterFor(locale, timeZone);
  const events = new Map(
    (
      await ctx.db.event.findMany({
        where: { id: { in: [...new Set(rows.map((row) => row.eventId))] } },
        select: { id: true, occurredAt: true },
      })
    ).map((event) => [event.id, event.occurredAt]),
  );
  const renders = await sharedRenders(ctx.db, rows, ctx.renders);
  const groups = new Map<string, { category: string; items: (DigestItem & { at: number })[] }>();
  for (const row of rows) {
    const type = findType(row.typeKey);
    const render = renders.get(renderKey(row));
    const subject =
      render && !(render instanceof Error)
        ? personalise(render.prepared, { name: row.name, reason: "" }).subject
        : type
          ? localizeType(type, locale).name
          : row.typeKey;
    const category = findCategory(row.categoryKey);
    const categoryName = category ? localizeCategory(category, locale).name : row.categoryKey;
    const at = events.get(row.eventId) ?? new Date();
    const severity = type?.severity ?? "info";
    const group = groups.get(row.categoryKey) ?? { category: categoryName, items: [] };
    group.items.push({
      subject,
      time: format.dateTime(at.toISOString()),
      severity,
      severityLabel: layout.severity[severity],
      at: at.getTime(),
    });
    groups.set(row.categoryKey, group);
  }
  const ordered = [...groups.values()]
    .sort((a, b) => a.category.localeCompare(b.category, locale))
    .map((group) => ({ ...group, items: group.items.sort((a, b) => a.at - b.at) }));
  const html = await render(
    createElement(DigestEmail, {
      locale,
      name: first.name.trim() || copy.fallbackName,
      timeZone,
      copy,
      total: rows.length,
      groups: ordered,
      preferencesUrl: preferencesUrl(),
    }),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(ctx.now());
  return { subject: copy.subject(rows.length, date), html, text: toPlainText(html, textOptions) };
}
