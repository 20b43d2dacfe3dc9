// The system API as a monitoring tool meets it: real routes, real keys, answers that parse with the
// registry's response schemas, and the system:read scope enforced.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as listDevices } from "@/app/api/v1/system/devices/route";
import { GET as listListeners } from "@/app/api/v1/system/listeners/route";
import { GET as getResources } from "@/app/api/v1/system/resources/route";
import { GET as listServices } from "@/app/api/v1/system/services/route";
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

  it("answers services as documented: each heartbeating instance and the database with their Appendix I state", async () => {
    const id = `worker-${crypto.randomUUID()}`;
    const now = new Date();
    await db.serviceInstance.create({
      data: {
        id,
        kind: "WORKER",
        host: "api-test-host",
        pid: 4242,
        version: "test",
        startedAt: now,
        lastHeartbeatAt: now,
        detail: { claimed: 7 },
      },
    });
    const key = await keyWith(["system:read"]);
    const services = await call(listServices as Route, "/system/services", key);
    expectDocumented("listSystemServices", services.status, services.body);
    const { data } = services.body as {
      data: { services: { id: string }[]; controls: { kind: string }[]; queue: { due: number } };
    };
    const worker = data.services.find((service) => service.id === id);
    expect(worker).toMatchObject({
      kind: "WORKER",
      name: "api-test-host · pid 4242",
      description: expect.stringMatching(/^Service is (operating\.|not enabled)$/),
      lastHeartbeatAt: now.toISOString(),
      detail: { version: "test", claimed: 7 },
    });
    expect(data.services.find((service) => service.id === "database")).toMatchObject({
      kind: "DATABASE",
      state: "ACTIVE",
      description: "Service is operating.",
      detail: { version: expect.any(String) },
    });
    expect(data.controls.map((control) => control.kind).sort()).toEqual(["SCHEDULER", "WORKER"]);
    expect(data.controls[0]).not.toHaveProperty("updatedBy");
  });

  it("refuses a key without system:read (403) and a bad filter (400)", async () => {
    const other = await keyWith(["catalog:read"]);
    expect((await call(listListeners as Route, "/system/listeners", other)).status).toBe(403);
    expect((await call(getResources as Route, "/system/resources", other)).status).toBe(403);
    expect((await call(listDevices as Route, "/system/devices", other)).status).toBe(403);
    expect((await call(listServices as Route, "/system/services", other)).status).toBe(403);
    const key = await keyWith(["system:read"]);
    const bad = await call(listListeners as Route, "/system/listeners?state=OPEN&port=70000", key);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: expect.any(String) } });
  });
});
