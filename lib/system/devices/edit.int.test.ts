import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { form, signIn } from "@/tests/actions";
import { testActor, testDb } from "@/tests/db";
import { getDevice } from "./queries";
import { createDeviceSchema } from "./schemas";
import { createDevice } from "./service";

// Only the session, the request headers and Next's cache are faked: the action wrapper, the schema and
// the audited write are real.
vi.mock("@/lib/auth/viewer", async () => (await import("@/tests/actions")).viewerModule);
vi.mock("next/headers", async () => (await import("@/tests/actions")).headersModule);
vi.mock("next/cache", async () => (await import("@/tests/actions")).cacheModule);

const { updateDeviceAction } = await import("./actions");

const db = testDb();

async function registered(name = `dev-${randomUUID().slice(0, 8)}`) {
  const admin = await createUser(db, { role: "ADMIN" });
  const input = createDeviceSchema.parse({ name, host: "10.0.0.5", ports: "22", failureThreshold: "3" });
  return { ...(await createDevice(db, testActor(admin.id), input)), name };
}

describe("editing a device", () => {
  it("an admin changes name, host, ports and threshold; audited with before and after; the page shows it", async () => {
    const device = await registered();
    const admin = await signIn("ADMIN");
    const name = `edited-${randomUUID().slice(0, 8)}`;
    const state = await updateDeviceAction(
      {},
      form({ id: device.id, name, host: "fw-01.example.com", ports: "443, 8443", failureThreshold: "5" }),
    );
    expect(state).toEqual({ ok: true });

    expect(await getDevice({ role: "AUDITOR" }, { id: device.id }, db)).toMatchObject({
      name,
      host: "fw-01.example.com",
      ports: [443, 8443],
      failureThreshold: 5,
      status: "UNKNOWN",
      history: [],
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "device.update", targetId: device.id },
    });
    expect(audit).toMatchObject({
      actorId: admin.id,
      before: { name: device.name, host: "10.0.0.5", ports: [22], failureThreshold: 3 },
      after: { name, host: "fw-01.example.com", ports: [443, 8443], failureThreshold: 5 },
    });
  });

  it("shows the latest checks with their errors, newest first", async () => {
    const device = await registered();
    const at = Date.now();
    await db.deviceCheck.createMany({
      data: [
        { deviceId: device.id, at: new Date(at - 120_000), ok: true, latencyMs: 3, failedPorts: [] },
        {
          deviceId: device.id,
          at: new Date(at - 60_000),
          ok: false,
          failedPorts: [22],
          error: "ECONNREFUSED",
        },
      ],
    });
    const detail = await getDevice({ role: "ADMIN" }, { id: device.id }, db);
    expect(detail?.history).toEqual([
      {
        at: new Date(at - 60_000).toISOString(),
        ok: false,
        latencyMs: null,
        failedPorts: [22],
        error: "ECONNREFUSED",
      },
      { at: new Date(at - 120_000).toISOString(), ok: true, latencyMs: 3, failedPorts: [], error: null },
    ]);
  });

  it("refuses bad fields and a taken name as field errors, changing nothing", async () => {
    const device = await registered();
    const other = await registered();
    await signIn("ADMIN");
    expect(
      await updateDeviceAction(
        {},
        form({ id: device.id, name: "x", host: "bad host!", ports: "0", failureThreshold: "0" }),
      ),
    ).toEqual({
      message: "checkFields",
      errors: { host: ["invalidHost"], ports: ["invalidPorts"], failureThreshold: ["invalidNumber"] },
    });
    expect(
      await updateDeviceAction({}, form({ id: device.id, name: other.name, host: "10.0.0.6", ports: "22" })),
    ).toMatchObject({ errors: { name: ["nameTaken"] } });
    expect(await getDevice({ role: "ADMIN" }, { id: device.id }, db)).toMatchObject({
      name: device.name,
      host: "10.0.0.5",
      ports: [22],
    });
    expect(await db.auditLog.count({ where: { action: "device.update", targetId: device.id } })).toBe(0);
  });

  it("answers not found for an unknown device, and refuses an auditor", async () => {
    await signIn("ADMIN");
    expect(
      await updateDeviceAction({}, form({ id: randomUUID(), name: "ghost", host: "10.0.0.7", ports: "22" })),
    ).toMatchObject({ message: "notFound" });

    const device = await registered();
    await signIn("AUDITOR");
    await expect(
      updateDeviceAction({}, form({ id: device.id, name: "nope", host: "10.0.0.8", ports: "22" })),
    ).rejects.toThrow("403");
    expect(
      await getDevice({ role: "USER" }, { id: device.id }, db).catch((error: unknown) => error),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
