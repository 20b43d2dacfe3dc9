import { randomUUID } from "node:crypto";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { createUser } from "@/prisma/seed/factories";
import { subscribe } from "@/lib/subscriptions/testing";
import { testDb } from "@/tests/db";
import { checkDevice } from "./checks";
import { freePort } from "@/tests/free-port";

describe("device checks against a real local port", () => {
  it("closed → opened → closed gives exactly one lost and one restored event per transition, delivered to the subscribed admin", async () => {
    const db = testDb();
    const admin = await createUser(db, { role: "ADMIN" });
    await subscribe(db, { userId: admin.id }, { typeKey: "devices.connectivity-lost" });
    await subscribe(db, { userId: admin.id }, { typeKey: "devices.connectivity-restored" });
    const port = await freePort();
    const device = await db.device.create({
      data: {
        name: `probe-${randomUUID().slice(0, 8)}`,
        host: "127.0.0.1",
        ports: [port],
        failureThreshold: 2,
      },
    });
    let minute = 0;
    const check = () =>
      checkDevice(db, device.id, {
        timeoutMs: 2_000,
        now: () => new Date(Date.UTC(2026, 11, 2, 10, minute++)),
      });

    // Closed: the first failure is not enough, the second fires "lost", the third nothing.
    expect((await check()).transition).toBeNull();
    expect((await check()).transition).toBe("lost");
    expect((await check()).transition).toBeNull();

    // Opened: the first success fires "restored", the next nothing.
    const server = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      const restored = await check();
      expect(restored).toMatchObject({ ok: true, transition: "restored" });
      expect((await check()).transition).toBeNull();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }

    // Closed again: a new loss after two failures.
    expect((await check()).transition).toBeNull();
    expect((await check()).transition).toBe("lost");

    const events = await db.event.findMany({
      where: {
        typeKey: { in: ["devices.connectivity-lost", "devices.connectivity-restored"] },
        origin: "SYSTEM",
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, typeKey: true, payload: true },
    });
    const mine = events.filter((e) =>
      (e.payload as { devices: { device: { name: string } }[] }).devices.some(
        (d) => d.device.name === device.name,
      ),
    );
    expect(mine.map((e) => e.typeKey)).toEqual([
      "devices.connectivity-lost",
      "devices.connectivity-restored",
      "devices.connectivity-lost",
    ]);
    expect(mine[1]!.payload).toMatchObject({
      devices: [{ ports: [port], device: { address: "127.0.0.1" } }],
    });
    for (const event of mine) {
      const deliveries = await db.delivery.findMany({
        where: { eventId: event.id },
        select: { userId: true },
      });
      expect(deliveries.filter((d) => d.userId === admin.id)).toHaveLength(1);
    }

    const checks = await db.deviceCheck.findMany({ where: { deviceId: device.id }, orderBy: { at: "asc" } });
    expect(checks.map((c) => c.ok)).toEqual([false, false, false, true, true, false, false]);
    expect(checks[0]!.failedPorts).toEqual([port]);
    expect(checks[3]!.latencyMs).not.toBeNull();
  });
});
