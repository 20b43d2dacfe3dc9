import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "@/tests/db";
import {
  TEST_RESEND_WEBHOOK_SECRET,
  resendEventBody,
  signedHeaders,
  type ResendEventInput,
} from "@/tests/fakes/resend-webhook";
import { createSentDelivery } from "@/tests/fakes/sent-delivery";

// lib/env reads the secret when the route module is first imported: set it before that import.
vi.stubEnv("RESEND_WEBHOOK_SECRET", TEST_RESEND_WEBHOOK_SECRET);
let POST: (request: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

beforeAll(async () => {
  ({ POST } = await import("./route"));
});

function call(body: string, headers: Record<string, string>) {
  const request = new NextRequest("http://localhost:3000/api/webhooks/resend", {
    method: "POST",
    headers,
    body,
  });
  return POST(request, { params: Promise.resolve({}) });
}

function post(event: ResendEventInput, options: Parameters<typeof signedHeaders>[1] = {}) {
  const body = resendEventBody(event);
  return call(body, signedHeaders(body, options));
}

const db = testDb();
const statusOf = async (id: string) => (await db.delivery.findUniqueOrThrow({ where: { id } })).status;
const eventsOf = (deliveryId: string) =>
  db.providerEvent.findMany({ where: { deliveryId }, orderBy: { receivedAt: "asc" } });

describe("POST /api/webhooks/resend", () => {
  it("marks a sent delivery DELIVERED on a validly signed event and records it for the timeline", async () => {
    const delivery = await createSentDelivery(db);
    const id = `msg_${randomUUID()}`;
    const response = await post(
      { type: "email.delivered", emailId: delivery.providerMessageId!, to: delivery.email },
      { id },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ received: true, duplicate: false, status: "DELIVERED" });
    expect(await statusOf(delivery.id)).toBe("DELIVERED");
    expect(await eventsOf(delivery.id)).toEqual([
      expect.objectContaining({
        id,
        provider: "RESEND",
        type: "email.delivered",
        providerMessageId: delivery.providerMessageId,
      }),
    ]);
  });

  it("refuses a forged, stale or unsigned event with 401 and changes nothing", async () => {
    const delivery = await createSentDelivery(db);
    const event = {
      type: "email.bounced",
      emailId: delivery.providerMessageId!,
      to: delivery.email,
      bounce: { type: "Permanent" as const },
    };
    const forged = await post(event, { secret: "whsec_Zm9yZ2VkLXNlY3JldC1mb3JnZWQtc2VjcmV0IQ==" });
    const stale = await post(event, { timestamp: new Date(Date.now() - 10 * 60_000) });
    const future = await post(event, { timestamp: new Date(Date.now() + 10 * 60_000) });
    const unsigned = await call(resendEventBody(event), { "content-type": "application/json" });
    const tampered = resendEventBody(event);
    const headers = signedHeaders(tampered);
    const swapped = await call(tampered.replace("email.bounced", "email.delivered"), headers);

    for (const response of [forged, stale, future, unsigned, swapped]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
    }
    expect(await statusOf(delivery.id)).toBe("SENT");
    expect(await eventsOf(delivery.id)).toEqual([]);
    expect(await db.suppression.findUnique({ where: { email: delivery.email } })).toBeNull();
  });

  it("ignores a replay by its webhook id", async () => {
    const delivery = await createSentDelivery(db);
    const delayed = resendEventBody({
      type: "email.delivery_delayed",
      emailId: delivery.providerMessageId!,
      to: delivery.email,
    });
    const delayedHeaders = signedHeaders(delayed);
    expect((await call(delayed, delayedHeaders)).status).toBe(200);
    expect(await statusOf(delivery.id)).toBe("DELAYED");

    await post({ type: "email.delivered", emailId: delivery.providerMessageId!, to: delivery.email });
    expect(await statusOf(delivery.id)).toBe("DELIVERED");

    const replay = await call(delayed, delayedHeaders);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ received: true, duplicate: true });
    expect(await statusOf(delivery.id)).toBe("DELIVERED");
    expect(await eventsOf(delivery.id)).toHaveLength(2);
  });

  it("suppresses the address on a hard bounce, with its reason", async () => {
    const delivery = await createSentDelivery(db);
    const response = await post({
      type: "email.bounced",
      emailId: delivery.providerMessageId!,
      to: delivery.email,
      bounce: { type: "Permanent", subType: "General", message: "550 5.1.1 mailbox does not exist" },
    });
    expect(await response.json()).toMatchObject({ status: "BOUNCED", suppressed: delivery.email });
    expect(await statusOf(delivery.id)).toBe("BOUNCED");
    expect(await db.suppression.findUniqueOrThrow({ where: { email: delivery.email } })).toMatchObject({
      reason: "HARD_BOUNCE",
      note: expect.stringContaining("mailbox does not exist"),
    });
    // Nothing moves it back: a late "delivered" leaves the bounce in place.
    await post({ type: "email.delivered", emailId: delivery.providerMessageId!, to: delivery.email });
    expect(await statusOf(delivery.id)).toBe("BOUNCED");
  });

  it("marks a soft bounce BOUNCED without suppressing, and a complaint COMPLAINED with suppression", async () => {
    const soft = await createSentDelivery(db);
    await post({
      type: "email.bounced",
      emailId: soft.providerMessageId!,
      to: soft.email,
      bounce: { type: "Transient" },
    });
    expect(await statusOf(soft.id)).toBe("BOUNCED");
    expect(await db.suppression.findUnique({ where: { email: soft.email } })).toBeNull();

    const complained = await createSentDelivery(db, { status: "DELIVERED" });
    await post({ type: "email.complained", emailId: complained.providerMessageId!, to: complained.email });
    expect(await statusOf(complained.id)).toBe("COMPLAINED");
    expect(await db.suppression.findUnique({ where: { email: complained.email } })).toMatchObject({
      reason: "COMPLAINT",
    });
  });

  it("finds the delivery by Herald's tag when its provider id is not recorded yet", async () => {
    const delivery = await createSentDelivery(db);
    await db.delivery.update({ where: { id: delivery.id }, data: { providerMessageId: null } });
    await post({
      type: "email.delivered",
      emailId: randomUUID(),
      to: delivery.email,
      deliveryId: delivery.id,
    });
    expect(await statusOf(delivery.id)).toBe("DELIVERED");
  });

  it("never changes, by its tag, a delivery another transport sent", async () => {
    const delivery = await createSentDelivery(db);
    await db.delivery.update({
      where: { id: delivery.id },
      data: { providerMessageId: null, transport: "MAILBOX" },
    });
    const response = await post({
      type: "email.bounced",
      emailId: randomUUID(),
      to: delivery.email,
      deliveryId: delivery.id,
      bounce: { type: "Permanent" },
    });
    expect(await response.json()).toMatchObject({ received: true, deliveryId: null, status: null });
    expect(await statusOf(delivery.id)).toBe("SENT");
  });

  it("answers 413 to a body past 256 KB, however it is sent, and changes nothing", async () => {
    const delivery = await createSentDelivery(db);
    const huge = resendEventBody({
      type: "email.delivered",
      emailId: delivery.providerMessageId!,
      to: delivery.email,
    }).replace('"type"', `"padding":"${"x".repeat(300 * 1024)}","type"`);
    const declared = await call(huge, signedHeaders(huge));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    // Streamed without a Content-Length: counted as it arrives.
    const bytes = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024)
          controller.enqueue(bytes.slice(at, at + 64 * 1024));
        controller.close();
      },
    });
    const streamed = await POST(
      new NextRequest("http://localhost:3000/api/webhooks/resend", {
        method: "POST",
        headers: signedHeaders(huge),
        body: stream,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
      { params: Promise.resolve({}) },
    );
    expect(streamed.status).toBe(413);
    expect(await statusOf(delivery.id)).toBe("SENT");
  });

  it("accepts events for unknown e-mails and of other types without changing anything", async () => {
    const unknown = await post({ type: "email.delivered", emailId: randomUUID(), to: "nobody@bank.example" });
    expect(await unknown.json()).toMatchObject({ received: true, deliveryId: null, status: null });
    const delivery = await createSentDelivery(db);
    const opened = await post({
      type: "email.opened",
      emailId: delivery.providerMessageId!,
      to: delivery.email,
    });
    expect(opened.status).toBe(200);
    expect(await statusOf(delivery.id)).toBe("SENT");
    expect(await eventsOf(delivery.id)).toHaveLength(1);
  });

  it("answers 400 to a signed body that is not an event, and never 500 to signed garbage", async () => {
    for (const body of [
      "not json",
      "[]",
      '{"type":""}',
      '{"type":"email.delivered","data":{"to":"a\\u0000b"}}',
    ]) {
      const response = await call(body, signedHeaders(body));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    }
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              type: fc.constantFrom(
                "email.delivered",
                "email.bounced",
                "email.complained",
                "email.delivery_delayed",
              ),
              created_at: fc.oneof(fc.string(), fc.constant("275760-09-13T00:00:00Z")),
              data: fc.record(
                {
                  email_id: fc.string(),
                  to: fc.oneof(fc.string(), fc.array(fc.string())),
                  tags: fc.anything(),
                  bounce: fc.anything(),
                },
                { requiredKeys: [] },
              ),
            })
            .map((event) => JSON.stringify(event)),
        ),
        async (body) => {
          const response = await call(body, signedHeaders(body));
          expect([200, 400]).toContain(response.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});
