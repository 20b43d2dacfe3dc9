import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { operation, type OperationId } from "@/lib/api/operations";
import { enqueueEvent } from "@/lib/dispatch/enqueue";
import { samplePayloads } from "@/lib/templates/payloads";
import { testDb } from "@/tests/db";
import { apiKeyWith, type RouteHandler } from "@/tests/api";
import { GET as getEvent } from "../events/[id]/route";
import { GET as listDeliveries } from "./route";

const db = testDb();
const TYPE = "access-control.request-approved";

type Route = RouteHandler;

const keyWith = (scopes: string[]) => apiKeyWith(scopes, "deliveries test");

async function get(route: Route, path: string, key: string, params: Record<string, string> = {}) {
  const response = await route(
    new NextRequest(`http://localhost/api/v1${path}`, { headers: { authorization: `Bearer ${key}` } }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function expectDocumented(id: OperationId, body: unknown) {
  const parsed = operation(id).response.safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(body);
}

/** An event to `count` fresh addresses (besides the type's subscribers elsewhere in the run). */
async function eventTo(count: number) {
  const emails = Array.from(
    { length: count },
    (_, index) => `d${index}-${randomUUID().slice(0, 8)}@example.test`,
  );
  const result = await enqueueEvent(
    db,
    { typeKey: TYPE, payload: samplePayloads[TYPE], recipients: emails.map((email) => ({ email })) },
    { kind: "API" },
  );
  return { ...result, emails };
}

describe("GET /api/v1/events/{id}", () => {
  it("answers the event with its deliveries counted by status", async () => {
    const key = await keyWith(["deliveries:read"]);
    const { eventId, deliveryCount, emails } = await eventTo(3);
    const { status, body } = await get(getEvent as Route, `/events/${eventId}`, key, { id: eventId });
    expect(status).toBe(200);
    expectDocumented("getEvent", body);
    // The type's subscribers from other files get it too, and some of them may be suppressed there
    // meanwhile: the counts must be the database's own tally, and the three fresh addresses queued.
    const written = await db.delivery.findMany({ where: { eventId }, select: { email: true, status: true } });
    const tally: Record<string, number> = {};
    for (const { status: each } of written) tally[each] = (tally[each] ?? 0) + 1;
    expect(written).toHaveLength(deliveryCount);
    expect(written.filter((row) => emails.includes(row.email)).map((row) => row.status)).toEqual([
      "QUEUED",
      "QUEUED",
      "QUEUED",
    ]);
    expect(body.data).toMatchObject({
      id: eventId,
      type: TYPE,
      category: "access-control",
      origin: "API",
      recipientCount: deliveryCount,
      duplicateCount: 0,
    });
    expect((body.data as { deliveries: unknown }).deliveries).toEqual(tally);
  });

  it("answers 404 for an unknown event and 403 without the deliveries:read scope", async () => {
    const key = await keyWith(["deliveries:read"]);
    const id = randomUUID();
    expect((await get(getEvent as Route, `/events/${id}`, key, { id })).status).toBe(404);
    expect((await get(getEvent as Route, "/events/nope", key, { id: "nope" })).status).toBe(404);
    const writer = await keyWith(["events:write"]);
    expect((await get(getEvent as Route, `/events/${id}`, writer, { id })).status).toBe(403);
  });
});

describe("GET /api/v1/deliveries", () => {
  it("pages through an event's deliveries newest first with an opaque cursor", async () => {
    const key = await keyWith(["deliveries:read"]);
    const { eventId, emails } = await eventTo(5);
    // Subscribers of the type from other test files get the event too: expect exactly what was written.
    const expected = await db.delivery.findMany({
      where: { eventId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, email: true },
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/deliveries?event=${eventId}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const { status, body } = await get(listDeliveries as Route, query, key);
      expect(status).toBe(200);
      expectDocumented("listDeliveries", body);
      const data = body.data as { id: string; eventId: string }[];
      expect(data.every((delivery) => delivery.eventId === eventId)).toBe(true);
      seen.push(...data.map((delivery) => delivery.id));
      cursor = body.nextCursor as string | null;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(expected.map((delivery) => delivery.id));
    expect(pages).toBe(Math.ceil(expected.length / 2));
    expect(expected.map((delivery) => delivery.email)).toEqual(expect.arrayContaining(emails));
  });

  it("filters by recipient, status, type and time", async () => {
    const key = await keyWith(["deliveries:read"]);
    const { emails } = await eventTo(2);
    const target = emails[0]!.toUpperCase(); // addresses match case-insensitively
    const one = await get(
      listDeliveries as Route,
      `/deliveries?recipient=${encodeURIComponent(target)}`,
      key,
    );
    expect((one.body.data as unknown[]).length).toBe(1);
    const none = await get(
      listDeliveries as Route,
      `/deliveries?recipient=${encodeURIComponent(target)}&status=SENT&type=${TYPE}`,
      key,
    );
    expect(none.body.data).toEqual([]);
    const future = await get(
      listDeliveries as Route,
      `/deliveries?recipient=${encodeURIComponent(target)}&from=2099-01-01T00:00:00Z`,
      key,
    );
    expect(future.body.data).toEqual([]);
  });

  it("answers 400 for a cursor it did not give, an unknown type or a bad limit", async () => {
    const key = await keyWith(["deliveries:read"]);
    for (const query of ["cursor=abc", "type=nope.nothing", "limit=0", "limit=500", "status=LOST"]) {
      const { status, body } = await get(listDeliveries as Route, `/deliveries?${query}`, key);
      expect(status, query).toBe(400);
      expect(body.error).toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});
