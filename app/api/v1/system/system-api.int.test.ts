// The system API as a monitoring tool meets it: real routes, real keys, answers that parse with the
// registry's response schemas, and the system:read scope enforced.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as listDevices } from "@/app/api/v1/system/devices/route";
import { GET as listListeners } from "@/app/api/v1/system/listeners/route";
import { GET as getResources } from "@/app/api/v1/system/resources/route";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createApiKey } from "@/lib/api-keys/service";
import { operation, type OperationId } from "@/lib/api/operations";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";

const db = testDb();
type Route = (request: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function keyWith(scopes: string[]) {
  const admin = await createUser(db, { role: "ADMIN" });
  const { key } = await createApiKey(
    db,
    testActor(admin.id),
    createApiKeySchema.parse({ name: `system api ${scopes.join(" ")}`, scopes }),
  );
  return key;
}

async function call(route: Route, url: string, key: string) {
  const response = await route(
    new NextRequest(`http://localhost/api/v1${url}`, { headers: { authorization: `Bearer ${key}` } }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

function expectDocumented(id: OperationId, status: number, body: unknown) {
  expect(status, JSON.stringify(body)).toBe(200);
  const parsed = (operation(id).response as z.ZodType).safeParse(body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(body);
}

describe("GET /api/v1/system/*", () => {
  it("answers listeners, resources and devices as documented to a system:read key", async () => {
    const key = await keyWith(["system:read"]);
    const listeners = await call(listListeners as Route, "/system/listeners?state=LISTEN", key);
    expectDocumented("listSystemListeners", listeners.status, listeners.body);
    const { data } = listeners.body as { data: { sockets: { state: string }[] } };
    expect(data.sockets.every((socket) => socket.state === "LISTEN")).toBe(true);

    const resources = await call(getResources as Route, "/system/resources?hours=2", key);
    expectDocumented("getSystemResources", resources.status, resources.body);

    await db.device.create({
      data: { name: `api-${crypto.randomUUID().slice(0, 8)}`, host: "127.0.0.1", ports: [9] },
    });
    const devices = await call(listDevices as Route, "/system/devices", key);
    expectDocumented("listSystemDevices", devices.status, devices.body);
  });

  it("refuses a key without system:read (403) and a bad filter (400)", async () => {
    const other = await keyWith(["catalog:read"]);
    expect((await call(listListeners as Route, "/system/listeners", other)).status).toBe(403);
    expect((await call(getResources as Route, "/system/resources", other)).status).toBe(403);
    expect((await call(listDevices as Route, "/system/devices", other)).status).toBe(403);
    const key = await keyWith(["system:read"]);
    const bad = await call(listListeners as Route, "/system/listeners?state=OPEN&port=70000", key);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: expect.any(String) } });
  });
});
