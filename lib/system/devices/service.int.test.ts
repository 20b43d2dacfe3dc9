import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { testActor, testDb } from "@/tests/db";
import { listDevices } from "./queries";
import { createDeviceSchema } from "./schemas";
import { createDevice, deleteDevice } from "./service";

describe("devices service", () => {
  it("registers a device (audited), lists it as not checked yet, refuses a taken name, and removes it", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN" });
    const actor = testActor(admin.id);
    const name = `fw-${randomUUID().slice(0, 8)}`;
    const input = createDeviceSchema.parse({
      name,
      host: "10.0.0.5",
      ports: "443, 22,22",
      failureThreshold: "2",
    });
    expect(input.ports).toEqual([22, 443]);

    const { id } = await createDevice(db, actor, input);
    const listed = (await listDevices({ role: "AUDITOR" }, {}, db)).find((d) => d.id === id);
    expect(listed).toMatchObject({
      name,
      status: "UNKNOWN",
      ports: [22, 443],
      failureThreshold: 2,
      history: [],
    });
    expect(await db.auditLog.count({ where: { action: "device.create", targetId: id } })).toBe(1);

    await expect(createDevice(db, actor, input)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { name: ["nameTaken"] },
    });

    await deleteDevice(db, actor, id);
    expect(await db.device.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "device.delete", targetId: id } })).toBe(1);
  });

  it("refuses bad hosts and ports as field errors", () => {
    const result = createDeviceSchema.safeParse({ name: "x", host: "bad host!", ports: "0, 70000" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => [issue.path[0], issue.message]);
    expect(fields).toEqual([
      ["host", "invalidHost"],
      ["ports", "invalidPorts"],
    ]);
  });

  it("lists devices only for staff and system:read keys", async () => {
    await expect(listDevices({ role: "USER" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listDevices({ scopes: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
