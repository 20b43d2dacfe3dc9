// Resend's webhooks can outrun the worker: "delivered" or "bounced" may arrive while the delivery is
// still SENDING (accepted by the provider, not yet recorded). The event must not be lost: the worker
// applies it when it records the send.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { applyResendEvent } from "@/lib/mail/feedback";
import type { MailSender } from "@/lib/mail/sender";
import type { ResendEvent } from "@/lib/mail/webhooks";
import { env } from "@/lib/env";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { claimImmediate } from "./claim";
import { defaultProcessContext, processImmediate } from "./process";
import { RenderCache } from "./renders";
import { addresses, enqueueTo, isolatedDatabase, senderFor, type IsolatedDatabase } from "./testing";

let database: IsolatedDatabase;
let resend: FakeResend;

beforeAll(async () => {
  [database, resend] = await Promise.all([isolatedDatabase(), startFakeResend()]);
});

afterEach(() => resend.reset());

afterAll(async () => {
  await resend?.close();
  await database?.drop();
});

/** A webhook for the accepted e-mail to `to`, shaped as Resend sends it (tagged with the delivery id). */
function webhook(type: string, to: string, extra: Partial<ResendEvent["data"]> = {}) {
  const message = resend.messages.find((m) => m.to.includes(to));
  if (!message) throw new Error(`No e-mail to ${to}`);
  const event = {
    type,
    created_at: new Date().toISOString(),
    data: {
      email_id: message.id,
      to: [to],
      tags: { delivery_id: message.headers["X-Herald-Delivery-Id"] },
      ...extra,
    },
  } as ResendEvent;
  return applyResendEvent(database.db, {
    id: `msg_${randomUUID()}`,
    event,
    payload: event as unknown as Prisma.InputJsonValue,
  });
}

describe("provider events that arrive before the worker records the send", () => {
  it("are stored at once and applied when the send is recorded: DELIVERED, BOUNCED with its reason", async () => {
    const { db } = database;
    const sender = await senderFor(db, resend);
    const [deliveredTo, bouncedTo, plainTo] = addresses(3);
    const { eventId } = await enqueueTo(db, [deliveredTo!, bouncedTo!, plainTo!]);

    const statuses = async () =>
      Object.fromEntries(
        (await db.delivery.findMany({ where: { eventId }, select: { email: true, status: true } })).map(
          (row) => [row.email, row.status],
        ),
      );
    let whileSending: Record<string, string> = {};
    // The provider accepted the batch; its webhooks arrive before the worker hears back.
    const racing: MailSender = {
      send: (message) => sender.send(message),
      current: () => sender.current(),
      sendBatch: async (messages, batchKey) => {
        const outcomes = await sender.sendBatch(messages, batchKey);
        const delivered = await webhook("email.delivered", deliveredTo!);
        expect(delivered).toMatchObject({ duplicate: false, status: null });
        await webhook("email.delivery_delayed", bouncedTo!);
        await webhook("email.bounced", bouncedTo!, {
          bounce: { type: "Transient", message: "Mailbox full" },
        });
        whileSending = await statuses();
        return outcomes;
      },
    };

    const claimed = await claimImmediate(db, { workerId: "w1", leaseMs: 60_000, limit: 10 });
    await processImmediate(
      defaultProcessContext({
        db,
        sender: racing,
        workerId: "w1",
        from: env.MAIL_FROM,
        renders: new RenderCache(),
      }),
      claimed,
    );

    // Nothing moved while SENDING (the events were recorded, linked to their deliveries)...
    expect(whileSending).toEqual({
      [deliveredTo!]: "SENDING",
      [bouncedTo!]: "SENDING",
      [plainTo!]: "SENDING",
    });
    // ...and recording the send applied them, in order; the delivery without events stays SENT.
    expect(await statuses()).toEqual({
      [deliveredTo!]: "DELIVERED",
      [bouncedTo!]: "BOUNCED",
      [plainTo!]: "SENT",
    });
    const bounced = await db.delivery.findFirstOrThrow({
      where: { eventId, email: bouncedTo },
      select: { lastError: true, feedback: { select: { type: true } } },
    });
    expect(bounced.lastError).toBe("Bounced: Mailbox full");
    expect(bounced.feedback.map((event) => event.type).sort()).toEqual([
      "email.bounced",
      "email.delivery_delayed",
    ]);
  });

  it("still lets a webhook that arrives after the record move the delivery itself", async () => {
    const { db } = database;
    const sender = await senderFor(db, resend);
    const [to] = addresses(1);
    const { eventId } = await enqueueTo(db, [to!]);
    const claimed = await claimImmediate(db, { workerId: "w2", leaseMs: 60_000, limit: 10 });
    await processImmediate(
      defaultProcessContext({ db, sender, workerId: "w2", from: env.MAIL_FROM, renders: new RenderCache() }),
      claimed,
    );
    expect(await webhook("email.delivered", to!)).toMatchObject({ status: "DELIVERED" });
    const row = await db.delivery.findFirstOrThrow({ where: { eventId }, select: { status: true } });
    expect(row.status).toBe("DELIVERED");
  });
});
