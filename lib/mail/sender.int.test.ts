import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MailTransportName } from "@/generated/prisma/enums";
import type { Database } from "@/lib/db/client";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/tests/fakes/isolated-database";
import { startSmtpSink, type SmtpSink } from "@/tests/fakes/smtp-sink";
import { createMailboxTransport } from "./mailbox";
import { createResendTransport } from "./resend";
import { createMailSender } from "./sender";
import { createSmtpTransport } from "./smtp";
import type { MailMessage, MailTransport } from "./types";

// MailSettings and TransportHealth are one row per instance and per transport: this file gets its
// own database so the other integration files running in parallel never see its failovers.
let isolated: IsolatedDatabase;
let db: Database;
let resend: FakeResend;
let smtp: SmtpSink;
let transports: Partial<Record<MailTransportName, MailTransport>>;

beforeAll(async () => {
  [isolated, resend, smtp] = await Promise.all([
    createIsolatedDatabase("herald_mail"),
    startFakeResend(),
    startSmtpSink(),
  ]);
  db = isolated.db;
  transports = {
    RESEND: createResendTransport({ apiKey: resend.apiKey, baseUrl: resend.baseUrl, timeoutMs: 5_000 }),
    SMTP: createSmtpTransport({ url: smtp.url }),
    MAILBOX: createMailboxTransport(db),
  };
});

afterAll(async () => {
  await Promise.all([resend.close(), smtp.close()]);
  await isolated.drop();
});

beforeEach(async () => {
  resend.reset();
  smtp.reset();
  await db.transportHealth.deleteMany();
  await db.mailSettings.deleteMany();
});

function clock(start = "2026-12-02T10:00:00Z") {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(seconds: number) {
      current += seconds * 1000;
    },
  };
}

async function settings(data: {
  primary: MailTransportName;
  secondary?: MailTransportName | null;
  failoverAfter?: number;
  coolDownSeconds?: number;
  replyTo?: string | null;
}) {
  await db.mailSettings.create({ data: { id: 1, failoverAfter: 3, coolDownSeconds: 300, ...data } });
}

let sequence = 0;
function message(overrides: Partial<MailMessage> = {}): MailMessage {
  sequence++;
  return {
    to: `person${sequence}@bank.example`,
    from: "Herald <herald@bank.example>",
    subject: `Alert ${sequence}`,
    html: "<p>alert</p>",
    text: "alert",
    idempotencyKey: `herald-test-${sequence}-${Date.now()}`,
    headers: { "X-Herald-Delivery-Id": `delivery-${sequence}` },
    ...overrides,
  };
}

const health = (name: MailTransportName) => db.transportHealth.findUnique({ where: { name } });

describe("mail sender: classification through the real transports", () => {
  it("reports 500 and 429 as retryable (with Retry-After) and 422 as permanent, naming the transport", async () => {
    await settings({ primary: "RESEND" });
    const sender = createMailSender(db, { transports, now: clock().now });
    resend.failNext(1, 500);
    resend.failNext(1, 429, { retryAfter: 9 });
    resend.failNext(1, 422, { message: "Invalid `to` field" });
    expect(await sender.send(message())).toMatchObject({
      ok: false,
      transport: "RESEND",
      retryable: true,
      statusCode: 500,
    });
    expect(await sender.send(message())).toMatchObject({
      ok: false,
      transport: "RESEND",
      retryable: true,
      statusCode: 429,
      retryAfterSeconds: 9,
    });
    expect(await sender.send(message())).toMatchObject({
      ok: false,
      transport: "RESEND",
      retryable: false,
      statusCode: 422,
    });
    const sent = await sender.send(message());
    expect(sent).toEqual({ ok: true, transport: "RESEND", providerMessageId: resend.messages[0]?.id });
  });

  it("uses MAIL_TRANSPORT (the mailbox here) when no settings were saved", async () => {
    const sender = createMailSender(db, { transports });
    expect(await sender.current()).toEqual({ transport: "MAILBOX", supportsBatch: false });
    const outcome = await sender.send(message({ subject: "From the mailbox" }));
    expect(outcome).toMatchObject({ ok: true, transport: "MAILBOX" });
    const stored = await db.mailboxMessage.findUniqueOrThrow({
      where: { id: outcome.ok ? outcome.providerMessageId : "" },
    });
    expect(stored.subject).toBe("From the mailbox");
  });

  it("fills the settings' Reply-To unless the message has one", async () => {
    await settings({ primary: "SMTP", replyTo: "soc@bank.example" });
    const sender = createMailSender(db, { transports });
    await sender.send(message());
    await sender.send(message({ replyTo: "owner@bank.example" }));
    expect(smtp.messages.map((sent) => sent.replyTo)).toEqual([["soc@bank.example"], ["owner@bank.example"]]);
  });

  it("fails retryably, counted against the transport, when the chosen transport is not configured", async () => {
    await settings({ primary: "RESEND" });
    const sender = createMailSender(db, { transports: { MAILBOX: transports.MAILBOX } });
    expect(await sender.send(message())).toMatchObject({ ok: false, transport: "RESEND", retryable: true });
    expect(await health("RESEND")).toMatchObject({ consecutiveFailures: 1 });
  });
});

describe("mail sender: failover", () => {
  it("moves to the secondary after N retryable failures and back after the cool-down", async () => {
    await settings({ primary: "RESEND", secondary: "SMTP", failoverAfter: 3, coolDownSeconds: 300 });
    const time = clock();
    const sender = createMailSender(db, { transports, now: time.now });

    resend.failNext(3, 503);
    for (let i = 0; i < 3; i++) {
      expect(await sender.send(message())).toMatchObject({ ok: false, transport: "RESEND", retryable: true });
    }
    expect(await health("RESEND")).toMatchObject({
      consecutiveFailures: 3,
      coolDownUntil: new Date("2026-12-02T10:05:00Z"),
      lastError: expect.stringContaining("Resend"),
    });

    expect(await sender.current()).toEqual({ transport: "SMTP", supportsBatch: false });
    expect(await sender.send(message({ subject: "via the secondary" }))).toMatchObject({
      ok: true,
      transport: "SMTP",
    });
    expect(smtp.messages.map((sent) => sent.subject)).toEqual(["via the secondary"]);

    time.advance(299);
    expect((await sender.current()).transport).toBe("SMTP");

    time.advance(2);
    expect(await sender.current()).toEqual({ transport: "RESEND", supportsBatch: true });
    expect(await sender.send(message({ subject: "primary again" }))).toMatchObject({
      ok: true,
      transport: "RESEND",
    });
    expect(resend.messages.map((sent) => sent.subject)).toEqual(["primary again"]);
    expect(await health("RESEND")).toMatchObject({ consecutiveFailures: 0, coolDownUntil: null });
  });

  it("sends the primary back to cool down at its first failure after the cool-down", async () => {
    await settings({ primary: "RESEND", secondary: "MAILBOX", failoverAfter: 2, coolDownSeconds: 60 });
    const time = clock();
    const sender = createMailSender(db, { transports, now: time.now });
    resend.failNext(2, 500);
    await sender.send(message());
    await sender.send(message());
    time.advance(61);
    expect((await sender.current()).transport).toBe("RESEND");
    resend.failNext(1, 500);
    expect(await sender.send(message())).toMatchObject({ ok: false, transport: "RESEND" });
    expect((await sender.current()).transport).toBe("MAILBOX");
    expect((await health("RESEND"))?.coolDownUntil).toEqual(new Date(time.now().getTime() + 60_000));
  });

  it("does not count permanent errors against the transport", async () => {
    await settings({ primary: "RESEND", secondary: "SMTP", failoverAfter: 2 });
    const sender = createMailSender(db, { transports, now: clock().now });
    resend.failNext(4, 422);
    for (let i = 0; i < 4; i++)
      expect(await sender.send(message())).toMatchObject({ ok: false, retryable: false });
    expect((await sender.current()).transport).toBe("RESEND");
    expect(await health("RESEND")).toBeNull();
  });

  it("a success in between restarts the count (failures must be consecutive)", async () => {
    await settings({ primary: "RESEND", secondary: "SMTP", failoverAfter: 3 });
    const sender = createMailSender(db, { transports, now: clock().now });
    resend.failNext(2, 500);
    await sender.send(message());
    await sender.send(message());
    expect(await sender.send(message())).toMatchObject({ ok: true });
    resend.failNext(2, 500);
    await sender.send(message());
    await sender.send(message());
    expect((await sender.current()).transport).toBe("RESEND");
    expect(await health("RESEND")).toMatchObject({ consecutiveFailures: 2, coolDownUntil: null });
  });

  it("counts every worker's failures exactly (atomic upserts)", async () => {
    await settings({ primary: "RESEND", secondary: "SMTP", failoverAfter: 100 });
    const senders = [1, 2, 3].map(() => createMailSender(db, { transports, now: clock().now }));
    await resend.refuseConnections();
    try {
      await Promise.all(senders.flatMap((sender) => Array.from({ length: 8 }, () => sender.send(message()))));
    } finally {
      await resend.acceptConnections();
    }
    expect(await health("RESEND")).toMatchObject({ consecutiveFailures: 24 });
  });
});

describe("mail sender: batches", () => {
  it("sends up to 100 e-mails in one Resend call; per-message refusals are permanent and not counted", async () => {
    await settings({ primary: "RESEND", secondary: "SMTP", failoverAfter: 1 });
    const sender = createMailSender(db, { transports, now: clock().now });
    resend.rejectAddress("nobody@bank.example");
    const messages = [message(), message({ to: "nobody@bank.example" }), message()];
    const outcomes = await sender.sendBatch(messages, "batch-a");
    expect(outcomes.map((outcome) => [outcome.ok, outcome.transport])).toEqual([
      [true, "RESEND"],
      [false, "RESEND"],
      [true, "RESEND"],
    ]);
    expect(outcomes[1]).toMatchObject({ retryable: false, statusCode: 422 });
    expect(resend.requests.filter((request) => request.path === "/emails/batch")).toHaveLength(1);

    const repeat = await sender.sendBatch(messages, "batch-a");
    expect(repeat).toEqual(outcomes);
    expect(resend.messages).toHaveLength(2);
    expect((await sender.current()).transport).toBe("RESEND");
  });

  it("gives every message the batch's failure and counts it once", async () => {
    await settings({ primary: "RESEND", secondary: "SMTP", failoverAfter: 2 });
    const sender = createMailSender(db, { transports, now: clock().now });
    resend.failNext(1, 429, { retryAfter: 4 });
    const outcomes = await sender.sendBatch([message(), message()], "batch-b");
    expect(outcomes).toEqual([
      expect.objectContaining({ ok: false, retryable: true, statusCode: 429, retryAfterSeconds: 4 }),
      expect.objectContaining({ ok: false, retryable: true, statusCode: 429, retryAfterSeconds: 4 }),
    ]);
    expect(await health("RESEND")).toMatchObject({ consecutiveFailures: 1 });
  });

  it("sends one by one on a transport without a batch endpoint, and stops trying when it is unreachable", async () => {
    await settings({ primary: "SMTP" });
    const sender = createMailSender(db, { transports, now: clock().now });
    smtp.rejectRecipient("busy@bank.example", 451);
    const outcomes = await sender.sendBatch(
      [message(), message({ to: "busy@bank.example" }), message()],
      "batch-c",
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ transport: "SMTP", retryable: true, statusCode: 451 });
    expect(smtp.messages).toHaveLength(2);

    const down = createMailSender(db, {
      transports: { SMTP: createSmtpTransport({ url: "smtp://127.0.0.1:9", timeoutMs: 2_000 }) },
      now: clock().now,
    });
    const unreachable = await down.sendBatch([message(), message(), message()], "batch-d");
    expect(unreachable.every((outcome) => !outcome.ok && outcome.retryable)).toBe(true);
    expect(unreachable[2]).toMatchObject({ error: expect.stringMatching(/^Not tried: /) });
  });

  it("refuses more than 100 messages", async () => {
    const sender = createMailSender(db, { transports });
    await expect(
      sender.sendBatch(
        Array.from({ length: 101 }, () => message()),
        "too-big",
      ),
    ).rejects.toThrow(RangeError);
  });
});
