import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getRecipients } from "@/app/api/v1/catalog/[key]/recipients/route";
import { GET as getGroup, PUT as putGroup } from "@/app/api/v1/groups/[id]/subscriptions/route";
import { GET as getUser, PUT as putUser } from "@/app/api/v1/users/[id]/subscriptions/route";
import { createGroup, createUser } from "@/prisma/seed/factories";
import { testDb } from "@/tests/db";
import { apiKeyWith, type RouteHandler } from "@/tests/api";
import { subscribe } from "./testing";

const TYPE = "certificates.revocation";
const MANDATORY = "certificates.expiration-alert-today";

const keyWith = (scopes: string[]) => apiKeyWith(scopes, "subscriptions test");

type Handler = RouteHandler;

async function call(handler: Handler, params: Record<string, string>, key: string, body?: unknown) {
  const request = new NextRequest("http://localhost/api/v1/x", {
    method: body === undefined ? "GET" : "PUT",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      error?: { code: string; message: string; details?: unknown };
    },
  };
}

describe("/api/v1/{users|groups}/{id}/subscriptions", () => {
  it("reads and replaces a user's set and preferences, auditing before and after", async () => {
    const key = await keyWith(["subscriptions:read", "subscriptions:write"]);
    const user = await createUser(testDb());
    await subscribe(testDb(), { userId: user.id }, { typeKey: "workstation.macro" });
    const body = {
      subscriptions: [{ categoryKey: "certificates", mode: "DIGEST" }, { typeKey: "monitoring.cpu-high" }],
      preferences: [{ typeKey: TYPE, mode: "IMMEDIATE" }],
    };
    const put = await call(putUser as Handler, { id: user.id }, key, body);
    expect(put.status).toBe(200);
    const get = await call(getUser as Handler, { id: user.id }, key);
    expect(get.body.data).toEqual({
      subject: { kind: "user", id: user.id, name: user.name },
      subscriptions: [
        { categoryKey: "certificates", mode: "DIGEST" },
        { typeKey: "monitoring.cpu-high", mode: "IMMEDIATE" },
      ],
      preferences: [{ typeKey: TYPE, muted: false, mode: "IMMEDIATE" }],
    });
    const audit = await testDb().auditLog.findFirst({
      where: { targetId: user.id, action: "subscription.replace" },
    });
    expect(audit?.actorLabel).toMatch(/^API key subscriptions test/);
    expect(audit?.before).toEqual({
      subscriptions: [{ typeKey: "workstation.macro", mode: "IMMEDIATE" }],
      preferences: [],
    });
  });

  it("answers 400 with field details for invalid bodies, 404 for unknown ids and keys, 409 for muting a mandatory type", async () => {
    const key = await keyWith(["subscriptions:write"]);
    const user = await createUser(testDb());
    const group = await createGroup(testDb());
    const invalid = await call(putUser as Handler, { id: user.id }, key, {
      subscriptions: [{ typeKey: TYPE, mode: "WEEKLY" }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error?.details).toHaveProperty(["subscriptions.0"]);
    expect((await call(putUser as Handler, { id: user.id }, key, "{not json")).status).toBe(400);
    expect(
      (
        await call(putUser as Handler, { id: user.id }, key, {
          subscriptions: [{ typeKey: TYPE }, { typeKey: TYPE }],
        })
      ).status,
    ).toBe(400);
    expect(
      (await call(putGroup as Handler, { id: group.id }, key, { subscriptions: [], preferences: [] })).status,
    ).toBe(400);

    expect((await call(putUser as Handler, { id: group.id }, key, { subscriptions: [] })).status).toBe(404);
    expect((await call(putGroup as Handler, { id: "not-a-uuid" }, key, { subscriptions: [] })).status).toBe(
      404,
    );
    const unknownKey = await call(putGroup as Handler, { id: group.id }, key, {
      subscriptions: [{ categoryKey: "nope" }],
    });
    expect(unknownKey).toMatchObject({
      status: 404,
      body: {
        error: {
          code: "NOT_FOUND",
          message: "Unknown notification type or category",
          details: { keys: ["nope"] },
        },
      },
    });

    const mandatory = await call(putUser as Handler, { id: user.id }, key, {
      subscriptions: [],
      preferences: [{ typeKey: MANDATORY, muted: true }],
    });
    expect(mandatory.status).toBe(409);
    expect(mandatory.body.error?.message).toMatch(/security policy/);
    expect(await testDb().auditLog.count({ where: { targetId: { in: [user.id, group.id] } } })).toBe(0);
  });

  it("needs the right scope", async () => {
    const readOnly = await keyWith(["subscriptions:read"]);
    const group = await createGroup(testDb());
    expect((await call(putGroup as Handler, { id: group.id }, readOnly, { subscriptions: [] })).status).toBe(
      403,
    );
    expect((await call(getGroup as Handler, { id: group.id }, readOnly)).status).toBe(200);
  });
});

describe("GET /api/v1/catalog/{key}/recipients", () => {
  it("previews the recipients with reasons, and 404s for an unknown type", async () => {
    const key = await keyWith(["subscriptions:read"]);
    const user = await createUser(testDb());
    const group = await createGroup(testDb(), undefined, [user.id]);
    await subscribe(testDb(), { groupId: group.id }, { typeKey: TYPE }, "DIGEST");
    const { status, body } = await call(getRecipients as Handler, { key: TYPE }, key);
    expect(status).toBe(200);
    const data = body.data as {
      typeKey: string;
      mandatory: boolean;
      count: number;
      recipients: { id?: string; reasons: unknown[]; mode: string }[];
    };
    expect(data).toMatchObject({ typeKey: TYPE, mandatory: false });
    expect(data.count).toBe(data.recipients.length);
    expect(data.recipients.find((r) => r.id === user.id)).toMatchObject({
      mode: "DIGEST",
      reasons: [{ via: "group", groupId: group.id, groupName: group.name, target: "type" }],
    });
    expect((await call(getRecipients as Handler, { key: "nope.none" }, key)).status).toBe(404);
  });
});
