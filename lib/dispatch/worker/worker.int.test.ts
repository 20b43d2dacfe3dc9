import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { retryDelay } from "@/lib/dispatch/timing";
import { copyFor } from "@/lib/templates/copy";
import { samplePayloads } from "@/lib/templates/payloads";
import { escapeHtml } from "@/lib/templates/render";
import { subscribe } from "@/lib/subscriptions/testing";
import { createUser } from "@/prisma/seed/factories";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { startWorker, type DeliveryWorker } from "./worker";
import {
  addresses,
  enqueueTo,
  eventually,
  statusCounts,
  isolatedDatabase,
  senderFor,
  type IsolatedDatabase,
} from "./testing";

let database: IsolatedDatabase;
let resend: FakeResend;
let worker: DeliveryWorker | undefined;

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  resend.reset();
});

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

/**
 * A worker whose back-off draws no jitter: 1 s (the floor), or the provider's Retry-After; with
 * `jitter: 1`, the full back-off (30 s after a first failure).
 */
async function run(settings?: Parameters<typeof senderFor>[2], { jitter = 0 } = {}) {
  const sender = await senderFor(database.db, resend, settings);
  worker = startWorker({
    db: database.db,
    databaseUrl: database.url,
    sender,
    from: "Herald <herald@example.test>",
    pollMs: 250,
    retryDelay: (attempt, retryAfter) => retryDelay(attempt, retryAfter, () => jitter),
  });
  return worker;
}

async function deliveryOf(eventId: string) {
  return database.db.delivery.findFirstOrThrow({
    where: { eventId },
    include: { attempts: { orderBy: { number: "asc" } } },
  });
}

async function settled(eventId: string, status: string) {
  return eventually(async () => {
    const row = await deliveryOf(eventId);
    expect(row.status).toBe(status);
    return row;
  });
}

describe("delivery worker", () => {
  it("sends the e-mail with its headers, and stores the subject, personal parts and render it was made from", async () => {
    const user = await createUser(database.db, { name: "Ana Souza" });
    await run();
    const { eventId } = await enqueueTo(database.db, [{ userId: user.id }]);
    const delivery = await settled(eventId, "SENT");

    const [message, ...others] = resend.messages.filter((m) => m.to.includes(user.email));
    expect(others).toEqual([]);
    expect(message?.subject).toBe(delivery.subject);
    expect(message?.headers).toMatchObject({
      "Message-ID": `<${delivery.messageId}>`,
      "X-Herald-Delivery-Id": delivery.id,
      "X-Herald-Event-Id": eventId,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(message?.headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/localhost:3000\/unsubscribe\/.+\/one-click>$/,
    );
    expect(message?.html).toContain("Ana Souza");
    expect(message?.idempotencyKey).toBe(delivery.idempotencyKey);
    expect(delivery.personal).toMatchObject({ name: "Ana Souza" });
    expect(delivery.renderId).not.toBeNull();
    expect(delivery.attempts).toMatchObject([{ number: 1, outcome: "SENT", transport: "RESEND" }]);
    expect(delivery.providerMessageId).toBe(message?.id);
  });

  it("sends a mandatory type without List-Unsubscribe", async () => {
    await run();
    const [address] = addresses(1);
    const { eventId } = await enqueueTo(database.db, [address!], "access-control.request-created");
    await settled(eventId, "SENT");
    const [message] = resend.messages.filter((m) => m.to.includes(address!));
    expect(message?.headers).not.toHaveProperty("List-Unsubscribe");
    expect(message?.headers).not.toHaveProperty("List-Unsubscribe-Post");
  });

  it("marks a test send (origin TEST) as a test: [TEST] subject, X-Herald-Test header, banner, no unsubscribe", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    await run();
    const typeKey = "access-control.request-approved";
    const { eventId } = await enqueueEvent(
      database.db,
      { typeKey, payload: samplePayloads[typeKey], recipients: [{ userId: admin.id }] },
      { kind: "TEST", userId: admin.id },
    );
    const delivery = await settled(eventId, "SENT");
    const [message] = resend.messages.filter((m) => m.to.includes(admin.email));
    expect(message?.subject).toMatch(/^\[TEST\] /);
    expect(delivery.subject).toBe(message?.subject);
    expect(message?.headers["X-Herald-Test"]).toBe("1");
    expect(message?.headers).not.toHaveProperty("List-Unsubscribe");
    expect(message?.html).toContain(escapeHtml(copyFor("en").layout.testBanner));
  });

  it("retries 500s and a 429 (honouring Retry-After) and then sends, recording every attempt", async () => {
    await run();
    resend.failNext(2, 500);
    resend.failNext(1, 429, { retryAfter: 2 });
    const { eventId } = await enqueueTo(database.db, addresses(1));
    const delivery = await settled(eventId, "SENT");

    expect(delivery.attempts.map((a) => [a.number, a.outcome, a.statusCode, a.transport])).toEqual([
      [1, "RETRY", 500, "RESEND"],
      [2, "RETRY", 500, "RESEND"],
      [3, "RETRY", 429, "RESEND"],
      [4, "SENT", null, "RESEND"],
    ]);
    const [, , limited, sent] = delivery.attempts;
    // The 429 asked for 2 s: the next try was not due, nor made, any sooner.
    expect(limited!.retryAt!.getTime() - limited!.startedAt.getTime()).toBeGreaterThanOrEqual(2000);
    expect(sent!.startedAt.getTime()).toBeGreaterThanOrEqual(limited!.retryAt!.getTime() - 50);
    expect(delivery.attemptCount).toBe(4);
    expect(resend.messages.filter((m) => m.headers["X-Herald-Delivery-Id"] === delivery.id)).toHaveLength(1);
  });

  it("fails a 422 at once, without retrying", async () => {
    await run();
    const [address] = addresses(1);
    resend.rejectAddress(address!);
    const { eventId } = await enqueueTo(database.db, [address!]);
    const delivery = await settled(eventId, "FAILED");
    expect(delivery.attempts).toMatchObject([
      { number: 1, outcome: "FAILED", statusCode: 422, retryAt: null },
    ]);
    expect(delivery.lastError).toContain(address);
  });

  it("fails only the refused e-mail of a provider batch and sends the rest in one call", async () => {
    await run();
    const list = addresses(3);
    resend.rejectAddress(list[1]!);
    const { eventId } = await enqueueTo(database.db, list);
    await eventually(async () => {
      const rows = await database.db.delivery.findMany({
        where: { eventId },
        select: { email: true, status: true },
      });
      expect(Object.fromEntries(rows.map((row) => [row.email, row.status]))).toEqual({
        [list[0]!]: "SENT",
        [list[1]!]: "FAILED",
        [list[2]!]: "SENT",
      });
    });
    const batches = resend.requests.filter((request) => request.path === "/emails/batch");
    expect(batches).toHaveLength(1);
    const rows = await database.db.delivery.findMany({
      where: { eventId },
      select: { batchKey: true, status: true },
    });
    expect(batches[0]?.idempotencyKey).toBe(rows.find((row) => row.status === "SENT")?.batchKey);
  });

  it("retries a provider batch that got no answer as the same request under the same key: sent once", async () => {
    await run({ timeoutMs: 500 });
    resend.delayNext(1, 2_000); // accepted at once, answered after the transport gave up
    const list = addresses(3);
    const { eventId } = await enqueueTo(database.db, list);
    await eventually(async () => expect(await statusCounts(database.db, eventId)).toEqual({ SENT: 3 }));
    const batches = resend.requests.filter((request) => request.path === "/emails/batch");
    expect(batches.map((request) => request.replayed)).toEqual([false, true]);
    expect(new Set(batches.map((request) => request.idempotencyKey)).size).toBe(1);
    expect(resend.messages.filter((message) => list.includes(message.to[0]!))).toHaveLength(3);
    expect(resend.duplicates("X-Herald-Delivery-Id")).toEqual([]);
  });

  it("records on each attempt the transport that made it, across a failover", async () => {
    await run({ primary: "RESEND", secondary: "MAILBOX", failoverAfter: 1 });
    resend.failNext(1, 503);
    const [address] = addresses(1);
    const { eventId } = await enqueueTo(database.db, [address!]);
    const delivery = await settled(eventId, "SENT");
    expect(delivery.attempts.map((a) => [a.outcome, a.transport])).toEqual([
      ["RETRY", "RESEND"],
      ["SENT", "MAILBOX"],
    ]);
    expect(delivery.transport).toBe("MAILBOX");
    const stored = await database.db.mailboxMessage.findMany({ where: { to: address } });
    expect(stored).toHaveLength(1);
  });

  it("retries through the secondary after a second, not after the back-off, once the failure moved sends there", async () => {
    await run({ primary: "RESEND", secondary: "MAILBOX", failoverAfter: 1 }, { jitter: 1 });
    resend.failNext(1, 503);
    const [address] = addresses(1);
    const { eventId } = await enqueueTo(database.db, [address!]);
    const delivery = await settled(eventId, "SENT");
    const [first, second] = delivery.attempts;
    expect([first?.transport, second?.transport]).toEqual(["RESEND", "MAILBOX"]);
    // The back-off after a first failure is 30 s here; rerouted, the retry comes after RETRY_MIN_MS.
    expect(second!.startedAt.getTime() - first!.startedAt.getTime()).toBeLessThan(30_000);
  });

  it("holds a non-critical e-mail during the recipient's quiet hours and lets a critical one through", async () => {
    const minute = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
    const user = await createUser(database.db, { timeZone: "UTC" });
    await database.db.user.update({
      where: { id: user.id },
      data: { quietStart: (minute + 1380) % 1440, quietEnd: (minute + 60) % 1440 },
    });
    await run();
    const quiet = await enqueueTo(database.db, [{ userId: user.id }], "access-control.request-approved");
    const critical = await enqueueTo(database.db, [{ userId: user.id }], "certificates.expiration-alert-1d");

    const sent = await settled(critical.eventId, "SENT");
    const held = await deliveryOf(quiet.eventId);
    expect(held.status).toBe("QUEUED");
    expect(held.availableAt.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(held.attempts).toEqual([]);
    expect(
      resend.messages.filter((m) => m.to.includes(user.email)).map((m) => m.headers["X-Herald-Delivery-Id"]),
    ).toEqual([sent.id]);
  });

  it("cancels the delivery of a recipient disabled before it left, and suppresses a suppressed address", async () => {
    const user = await createUser(database.db);
    const [suppressed] = addresses(1);
    const { eventId } = await enqueueTo(database.db, [{ userId: user.id }, suppressed!]);
    // Both happen after the event was queued (the resolver already leaves out what it knows).
    await database.db.suppression.create({ data: { email: suppressed!, reason: "HARD_BOUNCE" } });
    await database.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await run();
    await eventually(async () => {
      const rows = await database.db.delivery.findMany({
        where: { eventId },
        select: { email: true, status: true },
      });
      expect(Object.fromEntries(rows.map((row) => [row.email, row.status]))).toEqual({
        [user.email]: "CANCELLED",
        [suppressed!]: "SUPPRESSED",
      });
    });
    expect(resend.messages).toEqual([]);
  });

  it("sends a recipient's due digest items as one e-mail, grouped by category", async () => {
    const user = await createUser(database.db, { locale: "pt-BR", timeZone: "America/Sao_Paulo" });
    await subscribe(database.db, { userId: user.id }, { typeKey: "credentials.password-changed" }, "DIGEST");
    await subscribe(database.db, { userId: user.id }, { typeKey: "devices.connectivity-restored" }, "DIGEST");
    const first = await enqueueTo(database.db, [], "credentials.password-changed");
    const second = await enqueueTo(database.db, [], "devices.connectivity-restored");
    const rows = await database.db.delivery.findMany({ where: { userId: user.id } });
    expect(rows.map((row) => [row.mode, row.status])).toEqual([
      ["DIGEST", "QUEUED"],
      ["DIGEST", "QUEUED"],
    ]);
    expect(rows.every((row) => row.availableAt.getTime() > Date.now())).toBe(true);

    await run();
    // The digest hour comes.
    await database.db.delivery.updateMany({ where: { userId: user.id }, data: { availableAt: new Date() } });
    const sent = await eventually(async () => {
      const now = await database.db.delivery.findMany({ where: { userId: user.id } });
      expect(now.map((row) => row.status)).toEqual(["SENT", "SENT"]);
      return now;
    });
    const messages = resend.messages.filter((m) => m.to.includes(user.email));
    expect(messages).toHaveLength(1);
    expect(messages[0]?.subject).toMatch(/^Seu resumo do Herald de .+: 2 notificações$/);
    expect(messages[0]?.html).toContain("Credenciais");
    expect(new Set(sent.map((row) => row.renderId)).size).toBe(1);
    expect(new Set(sent.map((row) => row.providerMessageId))).toEqual(new Set([messages[0]?.id]));
    expect(messages[0]?.idempotencyKey).toBe(sent[0]?.batchKey);
    expect([first.deliveryCount, second.deliveryCount]).toEqual([1, 1]);
  });
});
