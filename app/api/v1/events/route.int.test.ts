import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { operation, type OperationId } from "@/lib/api/operations";
import { subscribe } from "@/lib/subscriptions/testing";
import { samplePayloads } from "@/lib/templates/payloads";
import { createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { apiKeyWith, type RouteHandler } from "@/tests/api";
import { POST as postBatch } from "./batch/route";
import { POST as postEvent } from "./route";

const db = testDb();
const TYPE = "access-control.request-approved";

type Route = RouteHandler;

const keyWith = (scopes: string[]) => apiKeyWith(scopes, "events test");

async function post(route: Route, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await route(
    new NextRequest(`http://localhost/api/v1${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { response, status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const event = (source: string, extra: Record<string, unknown> = {}) => ({
  type: TYPE,
  payload: samplePayloads[TYPE],
  source,
  ...extra,
});

function expectDocumented(id: OperationId, body: unknown) {
  const parsed = operation(id).response.safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(body);
}

const countBySource = (source: string) => db.event.count({ where: { source } });

describe("POST /api/v1/events", () => {
  it("answers 401 without a key and 403 without the events:write scope", async () => {
    const source = `auth-${randomUUID()}`;
    expect((await post(postEvent, "/events", event(source))).status).toBe(401);
    const reader = await keyWith(["deliveries:read"]);
    const refused = await post(postEvent, "/events", event(source), { authorization: `Bearer ${reader}` });
    expect(refused.status).toBe(403);
    expect(await countBySource(source)).toBe(0);
  });

  it("accepts an event with 202, the event id and the deliveries queued", async () => {
    const key = await keyWith(["events:write"]);
    const user = await createUser(db);
    await subscribe(db, { userId: user.id }, { typeKey: TYPE });
    const source = `ok-${randomUUID()}`;
    const named = `named-${randomUUID().slice(0, 8)}@example.test`;
    const { status, body } = await post(
      postEvent,
      "/events",
      event(source, { recipients: [{ email: named }], occurredAt: "2026-12-01T09:30:00-03:00" }),
      { authorization: `Bearer ${key}` },
    );
    expect(status).toBe(202);
    expectDocumented("createEvent", body);
    const data = body.data as { eventId: string; deliveryCount: number; duplicate: boolean };
    expect(data.duplicate).toBe(false);
    const stored = await db.event.findUniqueOrThrow({
      where: { id: data.eventId },
      include: { deliveries: true },
    });
    expect(stored).toMatchObject({ origin: "API", source, occurredAt: new Date("2026-12-01T12:30:00Z") });
    expect(stored.apiKeyId).not.toBeNull();
    expect(stored.deliveries).toHaveLength(data.deliveryCount);
    expect(stored.deliveries.map((delivery) => delivery.email)).toEqual(
      expect.arrayContaining([user.email, named]),
    );
  });

  it("refuses a bad payload (400 with field details), a user id naming nobody, a time far ahead, an unknown type (404) and unknown fields, writing nothing", async () => {
    const key = await keyWith(["events:write"]);
    const auth = { authorization: `Bearer ${key}` };
    const source = `bad-${randomUUID()}`;
    const bad = await post(
      postEvent,
      "/events",
      event(source, { payload: { ...samplePayloads[TYPE], detailsUrl: 7 } }),
      auth,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "BAD_REQUEST",
      details: { "payload.detailsUrl": expect.any(Array) },
    });

    const unknown = await post(postEvent, "/events", event(source, { type: "nope.nothing" }), auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: "NOT_FOUND" });

    const nobody = await post(
      postEvent,
      "/events",
      event(source, { recipients: [{ email: "someone@bank.test" }, { userId: randomUUID() }] }),
      auth,
    );
    expect(nobody.status).toBe(400);
    expect(nobody.body.error).toEqual({
      code: "BAD_REQUEST",
      message: "No user has this id",
      details: { "recipients.1.userId": ["No user has this id"] },
    });

    const future = await post(
      postEvent,
      "/events",
      event(source, { occurredAt: "2099-01-01T00:00:00Z" }),
      auth,
    );
    expect(future.status).toBe(400);
    expect(future.body.error).toMatchObject({
      details: { occurredAt: ["This time is more than a day ahead of Herald's clock"] },
    });
    const skewed = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    expect(
      (await post(postEvent, "/events", event(`${source}-skew`, { occurredAt: skewed }), auth)).status,
    ).toBe(202);

    const extra = await post(postEvent, "/events", event(source, { priority: "high" }), auth);
    expect(extra.status).toBe(400);
    const notJson = await post(postEvent, "/events", "{not json", auth);
    expect(notJson.status).toBe(400);
    expect(await countBySource(source)).toBe(0);
  });

  it("answers 413 for a body over 256 KB before parsing it", async () => {
    const key = await keyWith(["events:write"]);
    const source = `big-${randomUUID()}`;
    const big = event(source, { payload: { ...samplePayloads[TYPE], padding: "x".repeat(300 * 1024) } });
    const { status, body } = await post(postEvent, "/events", big, { authorization: `Bearer ${key}` });
    expect(status).toBe(413);
    expect(body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await countBySource(source)).toBe(0);
  });

  it("replays the first answer for the same Idempotency-Key and body, and refuses another body with 409", async () => {
    const key = await keyWith(["events:write"]);
    const source = `idem-${randomUUID()}`;
    const headers = { authorization: `Bearer ${key}`, "idempotency-key": randomUUID() };
    const first = await post(postEvent, "/events", event(source), headers);
    // Same body, other spacing and key order: still the same request.
    const reordered = JSON.stringify({ source, payload: samplePayloads[TYPE], type: TYPE }, null, 2);
    const again = await post(postEvent, "/events", reordered, headers);
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    expect(again.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(first.response.headers.get("Idempotent-Replayed")).toBeNull();

    const conflict = await post(postEvent, "/events", event(source, { dedupKey: "other" }), headers);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: "CONFLICT" });
    expect(await countBySource(source)).toBe(1);

    // Keys belong to their API key: another key may use the same value.
    const otherKey = await keyWith(["events:write"]);
    const other = await post(postEvent, "/events", event(source), {
      ...headers,
      authorization: `Bearer ${otherKey}`,
    });
    expect(other.status).toBe(202);
    expect(await countBySource(source)).toBe(2);
  });

  it("enqueues once when two requests with the same Idempotency-Key race", async () => {
    const key = await keyWith(["events:write"]);
    const source = `race-${randomUUID()}`;
    const headers = { authorization: `Bearer ${key}`, "idempotency-key": `race-${randomUUID()}` };
    const answers = await Promise.all(
      [1, 2, 3].map(() => post(postEvent, "/events", event(source), headers)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202]);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    const replayed = answers.filter(
      (answer) => answer.response.headers.get("Idempotent-Replayed") === "true",
    );
    expect(replayed).toHaveLength(2);
    expect(await countBySource(source)).toBe(1);
  });

  it("leaves the key free after a refused request, and lets a new request claim it after 24 hours", async () => {
    const key = await keyWith(["events:write"]);
    const source = `idem-free-${randomUUID()}`;
    const idempotencyKey = randomUUID();
    const headers = { authorization: `Bearer ${key}`, "idempotency-key": idempotencyKey };
    // A refused request stores nothing: the same key with the corrected body is a first request.
    const refused = await post(postEvent, "/events", event(source, { payload: {} }), headers);
    expect(refused.status).toBe(400);
    const first = await post(postEvent, "/events", event(source), headers);
    expect(first.status).toBe(202);
    expect(first.response.headers.get("Idempotent-Replayed")).toBeNull();

    // 25 hours later the record no longer counts: another body under the same key is accepted as new.
    await db.idempotencyRecord.updateMany({
      where: { key: idempotencyKey },
      data: { createdAt: new Date(Date.now() - 25 * 3600_000) },
    });
    const later = await post(postEvent, "/events", event(source, { dedupKey: "later" }), headers);
    expect(later.status).toBe(202);
    expect(later.response.headers.get("Idempotent-Replayed")).toBeNull();
    expect(later.body).not.toEqual(first.body);
    expect(await countBySource(source)).toBe(2);
    // …and is what the key now replays.
    const replay = await post(postEvent, "/events", event(source, { dedupKey: "later" }), headers);
    expect(replay.body).toEqual(later.body);
    expect(replay.response.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("stores a duplicate's answer under its key, and a replay counts no further duplicate", async () => {
    const key = await keyWith(["events:write"]);
    const source = `idem-dup-${randomUUID()}`;
    const dedupKey = `dup-${randomUUID()}`;
    const send = (idempotencyKey: string) =>
      post(postEvent, "/events", event(source, { dedupKey }), {
        authorization: `Bearer ${key}`,
        "idempotency-key": idempotencyKey,
      });
    const original = await send(randomUUID());
    const duplicateKey = randomUUID();
    const duplicate = await send(duplicateKey);
    const replay = await send(duplicateKey);
    const eventId = (original.body.data as { eventId: string }).eventId;
    expect(duplicate.body).toEqual({ data: { eventId, deliveryCount: 0, duplicate: true } });
    expect(replay.body).toEqual(duplicate.body);
    expect(replay.response.headers.get("Idempotent-Replayed")).toBe("true");
    const stored = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(stored.duplicateCount).toBe(1);
    expect(await countBySource(source)).toBe(1);
  });

  it("refuses a malformed Idempotency-Key", async () => {
    const key = await keyWith(["events:write"]);
    const source = `badkey-${randomUUID()}`;
    const headers = { authorization: `Bearer ${key}`, "idempotency-key": "has spaces in it" };
    expect((await post(postEvent, "/events", event(source), headers)).status).toBe(400);
    expect(await countBySource(source)).toBe(0);
  });
});

describe("POST /api/v1/events/batch", () => {
  it("queues every event and answers one result each, in order", async () => {
    const key = await keyWith(["events:write"]);
    const source = `batch-${randomUUID()}`;
    const dedupKey = `dup-${randomUUID()}`;
    const events = [event(source), event(source, { dedupKey }), event(source, { dedupKey })];
    const { status, body } = await post(
      postBatch,
      "/events/batch",
      { events },
      { authorization: `Bearer ${key}` },
    );
    expect(status).toBe(202);
    expectDocumented("createEventBatch", body);
    const data = body.data as { eventId: string; duplicate: boolean }[];
    expect(data.map((result) => result.duplicate)).toEqual([false, false, true]);
    expect(data[2]!.eventId).toBe(data[1]!.eventId);
    expect(await countBySource(source)).toBe(2);
  });

  it("refuses the whole batch when one event is invalid, naming it, and more than 100 events", async () => {
    const key = await keyWith(["events:write"]);
    const auth = { authorization: `Bearer ${key}` };
    const source = `batchbad-${randomUUID()}`;
    const bad = event(source, { payload: { ...samplePayloads[TYPE], detailsUrl: 7 } });
    const refused = await post(postBatch, "/events/batch", { events: [event(source), bad] }, auth);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      details: { "events.1.payload.detailsUrl": expect.any(Array) },
    });

    const unknown = await post(
      postBatch,
      "/events/batch",
      { events: [event(source, { type: "nope.x" })] },
      auth,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ details: { "events.0.type": expect.any(Array) } });

    const tooMany = await post(
      postBatch,
      "/events/batch",
      { events: Array.from({ length: 101 }, () => event(source)) },
      auth,
    );
    expect(tooMany.status).toBe(400);
    expect((await post(postBatch, "/events/batch", { events: [] }, auth)).status).toBe(400);
    expect(await countBySource(source)).toBe(0);
  });

  it("answers 413 for a batch over 2 MB", async () => {
    const key = await keyWith(["events:write"]);
    const source = `batchbig-${randomUUID()}`;
    const padded = event(source, { payload: { ...samplePayloads[TYPE], padding: "x".repeat(250 * 1024) } });
    const { status } = await post(
      postBatch,
      "/events/batch",
      { events: Array.from({ length: 9 }, () => padded) },
      {
        authorization: `Bearer ${key}`,
      },
    );
    expect(status).toBe(413);
    expect(await countBySource(source)).toBe(0);
  });
});
