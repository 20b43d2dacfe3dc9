import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "@/tests/fakes/fake-resend";
import { createResendTransport } from "./resend";
import type { MailMessage } from "./types";
import { transportFailureOf } from "./testing";

let fake: FakeResend;

beforeAll(async () => {
  fake = await startFakeResend();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const message: MailMessage = {
  to: "ana.souza@bank.example",
  from: "Herald <herald@bank.example>",
  subject: "CPU critical on pam-node-01: 96.4%",
  html: "<p>html</p>",
  text: "text",
  headers: { "X-Herald-Delivery-Id": "0193a1b2-0000-7000-8000-000000000001" },
  replyTo: "soc@bank.example",
  idempotencyKey: "herald-0193a1b2-0000-7000-8000-000000000001",
  deliveryId: "0193a1b2-0000-7000-8000-000000000001",
};

function transport(options: { apiKey?: string; timeoutMs?: number } = {}) {
  return createResendTransport({ apiKey: options.apiKey ?? fake.apiKey, baseUrl: fake.baseUrl, ...options });
}

describe("Resend transport (against the fake Resend API)", () => {
  it("sends with the idempotency key, Reply-To, headers and a delivery tag, and returns Resend's id", async () => {
    const { id } = await transport().send(message);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({
      id,
      idempotencyKey: message.idempotencyKey,
      to: [message.to],
      from: message.from,
      subject: message.subject,
      replyTo: ["soc@bank.example"],
      headers: { "X-Herald-Delivery-Id": message.deliveryId },
      tags: { delivery_id: message.deliveryId },
    });
  });

  it("tags the delivery from its X-Herald-Delivery-Id header, and skips a value Resend would refuse", async () => {
    const { deliveryId: _id, ...withoutId } = message;
    await transport().send({ ...withoutId, idempotencyKey: "k-tag-1" });
    await transport().send({
      ...withoutId,
      idempotencyKey: "k-tag-2",
      headers: { "X-Herald-Delivery-Id": "not valid!" },
    });
    expect(fake.messages.map((sent) => sent.tags)).toEqual([{ delivery_id: message.deliveryId }, {}]);
  });

  it("sends a repeat under the same key once and gets the first id back", async () => {
    const first = await transport().send(message);
    const second = await transport().send(message);
    expect(second.id).toBe(first.id);
    expect(fake.messages).toHaveLength(1);
    expect(fake.acceptedCount(message.idempotencyKey!)).toBe(1);
  });

  it("classifies 500 and 429 as retryable (with Retry-After) and 422 as permanent", async () => {
    fake.failNext(1, 500);
    expect(await transportFailureOf(transport().send(message))).toMatchObject({
      retryable: true,
      status: 500,
    });
    fake.failNext(1, 429, { retryAfter: 7 });
    expect(await transportFailureOf(transport().send(message))).toMatchObject({
      retryable: true,
      status: 429,
      retryAfterSeconds: 7,
    });
    fake.failNext(1, 422, { message: "Invalid `to` field" });
    expect(await transportFailureOf(transport().send(message))).toMatchObject({
      retryable: false,
      status: 422,
    });
    expect(fake.messages).toHaveLength(0);
  });

  it("treats a refused API key as the transport's problem (retryable) and 403 as permanent", async () => {
    expect(await transportFailureOf(transport({ apiKey: "re_wrong" }).send(message))).toMatchObject({
      retryable: true,
      status: 401,
    });
    fake.failNext(1, 403, { message: "Domain not verified" });
    expect(await transportFailureOf(transport().send(message))).toMatchObject({
      retryable: false,
      status: 403,
    });
  });

  it("refuses the same key with another body (409, permanent) and sends nothing new", async () => {
    await transport().send(message);
    const error = await transportFailureOf(transport().send({ ...message, subject: "changed" }));
    expect(error).toMatchObject({ retryable: false, status: 409 });
    expect(fake.messages).toHaveLength(1);
  });

  it("reports a timeout, a dropped connection and a refused connection as retryable without a status", async () => {
    fake.delayNext(1, 5_000);
    const timedOut = await transportFailureOf(transport({ timeoutMs: 100 }).send(message));
    expect(timedOut).toMatchObject({ retryable: true, status: undefined });

    fake.dropNext(1);
    expect(
      await transportFailureOf(transport().send({ ...message, idempotencyKey: "k-drop" })),
    ).toMatchObject({
      retryable: true,
      status: undefined,
    });

    await fake.refuseConnections();
    try {
      expect(
        await transportFailureOf(transport().send({ ...message, idempotencyKey: "k-refused" })),
      ).toMatchObject({
        retryable: true,
        status: undefined,
      });
    } finally {
      await fake.acceptConnections();
    }
    // The timed-out request had been accepted: its retry is answered, not sent again.
    const retried = await transport().send(message);
    expect(retried.id).toBe(fake.messages[0]?.id);
    expect(fake.acceptedCount(message.idempotencyKey!)).toBe(1);
  });

  it("sends a batch in one call under the batch key; a refused address fails only its own e-mail", async () => {
    fake.rejectAddress("nobody@bank.example");
    const messages = ["a@bank.example", "nobody@bank.example", "c@bank.example"].map((to) => ({
      ...message,
      to,
    }));
    const results = await transport().sendBatch!(messages, "batch-1");
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { retryable: false, status: 422 } });
    expect(fake.requests.filter((request) => request.path === "/emails/batch")).toHaveLength(1);
    expect(fake.messages.map((sent) => sent.to[0])).toEqual(["a@bank.example", "c@bank.example"]);

    const again = await transport().sendBatch!(messages, "batch-1");
    const ids = (list: typeof results) => list.map((result) => (result.ok ? result.id : null));
    expect(ids(again)).toEqual(ids(results));
    expect(fake.messages).toHaveLength(2);
    expect(fake.acceptedCount("batch-1")).toBe(1);
  });

  it("fails a whole batch the provider refuses as one retryable error", async () => {
    fake.failNext(1, 503);
    const error = await transportFailureOf(
      transport().sendBatch!([message, { ...message, to: "b@bank.example" }], "b2"),
    );
    expect(error).toMatchObject({ retryable: true, status: 503 });
  });

  it("refuses more than 100 e-mails in a batch before calling the provider", async () => {
    const messages = Array.from({ length: 101 }, (_, index) => ({
      ...message,
      to: `u${index}@bank.example`,
    }));
    expect(await transportFailureOf(transport().sendBatch!(messages, "too-big"))).toMatchObject({
      retryable: false,
    });
    expect(fake.requests).toHaveLength(0);
  });
});
