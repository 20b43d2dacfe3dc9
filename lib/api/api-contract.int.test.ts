// The HTTP API as a client meets it: real routes, real keys, a real database. Every answer must parse
// with the response schema the OpenAPI registry declares for its operation, say nothing more, and carry
// the headers the document says it always carries; the per-key rate limit tells its standing on every
// counted answer (RateLimit-*) and answers 429 with Retry-After and the documented error shape.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { GET as getRecipients } from "@/app/api/v1/catalog/[key]/recipients/route";
import { GET as getType } from "@/app/api/v1/catalog/[key]/route";
import { GET as listCatalog } from "@/app/api/v1/catalog/route";
import { GET as getGroupSubscriptions } from "@/app/api/v1/groups/[id]/subscriptions/route";
import {
  GET as getUserSubscriptions,
  PUT as putUserSubscriptions,
} from "@/app/api/v1/users/[id]/subscriptions/route";
import { apiErrorSchema, openApiDocument, type ResponseObject } from "@/lib/api/openapi";
import { operation, type OperationId } from "@/lib/api/operations";
import { API_RATE_LIMIT_PER_MINUTE } from "@/lib/api/with-api";
import { createContact, prefer, subscribe } from "@/lib/subscriptions/testing";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { apiKeyWith, type RouteHandler } from "@/tests/api";

const db = testDb();

type Route = RouteHandler;

const keyWith = (scopes: string[]) => apiKeyWith(scopes, "contract test");

async function call(
  route: Route,
  url: string,
  key: string,
  params: Record<string, string> = {},
  body?: unknown,
) {
  const response = await route(
    new NextRequest(`http://localhost/api/v1${url}`, {
      method: body === undefined ? "GET" : "PUT",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  return { response, body: (await response.json()) as unknown };
}

/**
 * The body is exactly what the operation's response schema describes: it parses, and parsing neither
 * drops undocumented fields nor fills in missing ones; and every header the document marks required
 * on the success response is there (all of them are integers).
 */
function expectDocumented(id: OperationId, response: Response, body: unknown) {
  const status = operation(id).successStatus ?? 200;
  expect(response.status, JSON.stringify(body)).toBe(status);
  const schema = operation(id).response as z.ZodType;
  const parsed = schema.safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(body);
  const { path, method } = operation(id);
  const documented = openApiDocument().paths[path]?.[method]?.responses[String(status)] as ResponseObject;
  const required = Object.entries(documented.headers ?? {}).filter(([, header]) => header.required);
  expect(required.length).toBeGreaterThan(0);
  for (const [name] of required) expect(response.headers.get(name), name).toMatch(/^\d+$/);
}

const rateLimitOf = (response: Response) => ({
  limit: response.headers.get("RateLimit-Limit"),
  remaining: response.headers.get("RateLimit-Remaining"),
  reset: response.headers.get("RateLimit-Reset"),
});

describe("API responses match the OpenAPI registry's response schemas", () => {
  it("catalog: the list, filtered lists and one type", async () => {
    const key = await keyWith(["catalog:read"]);
    for (const query of ["", "?locale=pt-BR", "?q=certificate&mandatory=true", "?category=certificates"]) {
      const { response, body } = await call(listCatalog as Route, `/catalog${query}`, key);
      expectDocumented("listCatalog", response, body);
    }
    const { response, body } = await call(getType as Route, "/catalog/certificates.revocation", key, {
      key: "certificates.revocation",
    });
    expectDocumented("getCatalogType", response, body);
  });

  it("subscriptions: a user's set with preferences, a group's set, and a replaced set", async () => {
    const key = await keyWith(["subscriptions:read", "subscriptions:write"]);
    const user = await createUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    await subscribe(db, { userId: user.id }, { typeKey: "certificates.revocation" }, "DIGEST");
    await subscribe(db, { groupId: group.id }, { categoryKey: "certificates" });
    await prefer(db, { userId: user.id }, "certificates.expiration-alert-30d", { muted: true });

    const own = await call(getUserSubscriptions as Route, `/users/${user.id}/subscriptions`, key, {
      id: user.id,
    });
    expectDocumented("getUserSubscriptions", own.response, own.body);
    expect(own.body).toMatchObject({
      data: { subject: { kind: "user", id: user.id }, preferences: [{ muted: true }] },
    });

    const groupSet = await call(getGroupSubscriptions as Route, `/groups/${group.id}/subscriptions`, key, {
      id: group.id,
    });
    expectDocumented("getGroupSubscriptions", groupSet.response, groupSet.body);
    expect(groupSet.body).not.toHaveProperty("data.preferences");

    const replaced = await call(
      putUserSubscriptions as Route,
      `/users/${user.id}/subscriptions`,
      key,
      { id: user.id },
      {
        subscriptions: [{ categoryKey: "certificates" }],
      },
    );
    expectDocumented("putUserSubscriptions", replaced.response, replaced.body);
    expect(replaced.body).toMatchObject({
      data: { subscriptions: [{ categoryKey: "certificates", mode: "IMMEDIATE" }] },
    });
  });

  it("recipients: users through groups and directly, and contacts, with their reasons", async () => {
    const key = await keyWith(["subscriptions:read"]);
    const user = await createUser(db);
    const group = await createGroup(db, undefined, [user.id]);
    const contact = await createContact(db);
    await subscribe(db, { groupId: group.id }, { typeKey: "certificates.revocation" });
    await subscribe(db, { contactId: contact.id }, { categoryKey: "certificates" }, "DIGEST");

    const { response, body } = await call(
      getRecipients as Route,
      "/catalog/certificates.revocation/recipients",
      key,
      {
        key: "certificates.revocation",
      },
    );
    expectDocumented("getTypeRecipients", response, body);
    const recipients = (body as { data: { recipients: { id?: string; kind: string }[] } }).data.recipients;
    expect(recipients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "user", id: user.id }),
        expect.objectContaining({ kind: "contact", id: contact.id }),
      ]),
    );
  });

  it("errors: 400, 401, 403 and 404 bodies are the documented Error shape", async () => {
    const key = await keyWith(["catalog:read"]);
    const cases = [
      await call(listCatalog as Route, "/catalog?severity=loud", key),
      await call(listCatalog as Route, "/catalog?q=%00", key),
      await call(listCatalog as Route, "/catalog", "hk_not_a_key"),
      await call(getUserSubscriptions as Route, `/users/${crypto.randomUUID()}/subscriptions`, key, {
        id: crypto.randomUUID(),
      }),
      await call(getType as Route, "/catalog/nope.none", key, { key: "nope.none" }),
    ];
    expect(cases.map(({ response }) => response.status)).toEqual([400, 400, 401, 403, 404]);
    for (const { body } of cases) {
      const parsed = apiErrorSchema.safeParse(body);
      expect(parsed.success, JSON.stringify(body)).toBe(true);
      expect(parsed.data).toEqual(body);
    }
    // A counted request's errors carry the key's standing; a refused key is not counted, so has none.
    expect(cases.map(({ response }) => response.headers.has("RateLimit-Remaining"))).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});

describe("a JSON body under another Content-Type", () => {
  it("is 415 in the documented Error shape and changes nothing; JSON with a charset is accepted", async () => {
    const key = await keyWith(["subscriptions:read", "subscriptions:write"]);
    const user = await createUser(db);
    const body = JSON.stringify({ subscriptions: [{ categoryKey: "certificates" }] });
    const put = (contentType: string) =>
      (putUserSubscriptions as Route)(
        new NextRequest(`http://localhost/api/v1/users/${user.id}/subscriptions`, {
          method: "PUT",
          headers: { authorization: `Bearer ${key}`, "content-type": contentType },
          body,
        }),
        { params: Promise.resolve({ id: user.id }) },
      );

    const refused = await put("text/plain;charset=UTF-8");
    expect(refused.status).toBe(415);
    const error = (await refused.json()) as unknown;
    expect(apiErrorSchema.parse(error)).toEqual(error);
    expect(error).toMatchObject({ error: { code: "UNSUPPORTED_MEDIA_TYPE" } });
    expect((error as { error: { message: string } }).error.message).toContain("application/json");
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);

    const accepted = await put("application/json; charset=utf-8");
    expectDocumented("putUserSubscriptions", accepted, await accepted.json());
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("the per-key rate limit", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("tells the key's standing on every answer: the limit, what is left and when the window resets", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-02T11:00:15.000Z") });
    const key = await keyWith(["catalog:read"]);
    const first = await call(listCatalog as Route, "/catalog?category=certificates", key);
    const second = await call(listCatalog as Route, "/catalog?category=certificates", key);
    expect(rateLimitOf(first.response)).toEqual({
      limit: String(API_RATE_LIMIT_PER_MINUTE),
      remaining: String(API_RATE_LIMIT_PER_MINUTE - 1),
      reset: "45",
    });
    expect(rateLimitOf(second.response)).toEqual({
      limit: String(API_RATE_LIMIT_PER_MINUTE),
      remaining: String(API_RATE_LIMIT_PER_MINUTE - 2),
      reset: "45",
    });
  });

  it(`answers the request after ${API_RATE_LIMIT_PER_MINUTE} in a minute with 429, Retry-After and the error body`, async () => {
    // A frozen clock: all requests fall in the same one-minute window, however slow the machine.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-02T10:00:00.000Z") });
    const key = await keyWith(["catalog:read"]);
    const other = await keyWith(["catalog:read"]);
    const statuses = new Map<number, number>();
    for (let index = 0; index < API_RATE_LIMIT_PER_MINUTE; index++) {
      const { response } = await call(listCatalog as Route, "/catalog?category=certificates", key);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    expect(statuses).toEqual(new Map([[200, API_RATE_LIMIT_PER_MINUTE]]));

    vi.setSystemTime(new Date("2026-12-02T10:00:20.000Z"));
    const { response, body } = await call(listCatalog as Route, "/catalog?category=certificates", key);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("40");
    expect(rateLimitOf(response)).toEqual({
      limit: String(API_RATE_LIMIT_PER_MINUTE),
      remaining: "0",
      reset: "40",
    });
    expect(body).toEqual({ error: { code: "RATE_LIMITED", message: "Too many requests for this API key" } });
    expect(apiErrorSchema.safeParse(body).success).toBe(true);

    // The limit is per key: another key is still served, and the first is again after the window.
    expect((await call(listCatalog as Route, "/catalog?category=certificates", other)).response.status).toBe(
      200,
    );
    vi.setSystemTime(new Date("2026-12-02T10:01:00.000Z"));
    expect((await call(listCatalog as Route, "/catalog?category=certificates", key)).response.status).toBe(
      200,
    );
    // 1,200 authenticated requests: a generous ceiling for a loaded CI machine, not a measurement.
  }, 180_000);
});
